import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * jPlayer draws its player in `<div>`s and makes the `<audio>` only when its script runs (fresh-118's 希望之聲): its skin's
 * container is classed by the medium (`jp-audio`, `jp-video`), and its `jp-jplayer` `<div>` is often given the file in a
 * `data-media` attribute. Either is the answer's player, as an `<audio>` there would be.
 */
const page = (player: string) => `<html lang="zh-Hant-US"><head><meta charset="utf-8"><title>失眠怎麼辦 | 健康問答</title></head><body>
<h1>失眠怎麼辦</h1><div class="meta">2023年1月5日</div>
<p>嘉賓：王建國（東湖醫院神經內科主任醫師）</p>
<div class="player">${player}</div>
<div class="body"><p>失眠首先要規律作息，睡前避免使用手機。</p><p>持續一個月以上，建議到神經內科就診。</p></div>
</body></html>`;

describe("jPlayer's player, no <audio> in the markup", () => {
  const read = (player: string) => entriesOf(extractOrThrow(pageRecord(page(player), { url: 'https://www.example-radio.org/b5/health/2.html' })))[0]!;

  it('its jp-audio skin: the answer is voice', () => {
    const skin = '<div id="jquery_jplayer_1" class="jp-jplayer"></div><div id="jp_container_1" class="jp-audio" role="application"><div class="jp-controls"><button class="jp-play">play</button></div><div class="jp-time-holder"><div class="jp-duration">03:24</div></div></div>';
    expect(read(skin).format).toBe('voice');
  });

  it('its jp-video skin: the answer is video', () => {
    const skin = '<div id="jp_container_1" class="jp-video jp-video-270p" role="application"><div id="jquery_jplayer_1" class="jp-jplayer"></div><div class="jp-controls"><button class="jp-play">play</button></div></div>';
    expect(read(skin).format).toBe('video');
  });

  it("the file in the player's data-media: voice for a sound file", () => {
    expect(read('<div id="p1" class="player-box" data-media="https://media.example-radio.org/a/1.mp3"></div>').format).toBe('voice');
  });
});
