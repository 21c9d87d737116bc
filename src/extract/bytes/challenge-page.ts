/**
 * What a site's firewall or rate limiter serves in place of a page it will not give a crawler, often with
 * status 200: a slider or captcha check (`请按住滑块，拖动到最右边`, `访问过于频繁，请输入验证码后继续访问`),
 * a "checking your browser" wait (`正在验证您是否是真人`, `需要先检查您的连接的安全性`), a block notice
 * (`您的访问请求可能对网站造成安全威胁，请求已被拦截`), with the lines that go with them (`如果您是正常访问…`,
 * `您正在访问：…`, `事件ID：…`, `Ray ID: …`). The wording is the services' own, short lines; where such a
 * line stands and no sentence of a Q&A does, the page holds none (no-qa-page.ts).
 */
const CHALLENGE_RE = new RegExp(
  [
    String.raw`(?:按住|拖动)滑块`,
    String.raw`拖动到最右边`,
    String.raw`访问(?:过于|太)频繁`,
    String.raw`访问频率(?:过高|太高|过快)`,
    String.raw`请(?:输入验证码|完成(?:安全|人机)?验证)后?(?:继续访问|再访问)?`,
    String.raw`正在验证您是否是真人`,
    String.raw`检查您的连接的安全性`,
    String.raw`(?:正在|请稍候，?)?检查(?:您的|你的)?浏览器`,
    String.raw`请启用\s*JavaScript\s*和\s*Cookie`,
    String.raw`访问请求可能对网站造成安全威胁`,
    String.raw`请求已被(?:拦截|阻断|拒绝)`,
    String.raw`^安全检查中`,
    String.raw`如果您是(?:正常访问|网站管理员)`,
    String.raw`^您正在访问\s*[:：]`,
    String.raw`^(?:事件|请求|拦截)\s*ID\s*[:：]`,
    String.raw`^Ray ID\s*:`,
    String.raw`checking (?:your|if the site connection is secure|your browser)`,
    String.raw`verify(?:ing)? you are (?:a )?human`,
  ].join('|'),
  'iu',
);

/** Whether a short line is a challenge's or a block notice's own wording. */
export const isChallengeLine = (text: string): boolean => text.length <= 80 && CHALLENGE_RE.test(text.trim());
