import type { SiteProfile } from './profile.js';
import { youlai } from './youlai.js';

/** Every site profile qa-harvest knows. A new site is a new file and a line here. */
export const PROFILES: readonly SiteProfile[] = [youlai];

export type { Layout, SiteProfile } from './profile.js';
