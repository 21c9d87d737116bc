import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { quoteHead } from '../src/extract/words/quoted-original.js';

/**
 * A BBS's web view of a doctor's `Re:` post (批踢踢's shape): the article is plain text in one element, its lines parted by
 * line breaks only (the site's sheet shows them), its header fields each a label in an element of its own before its value
 * (`作者` `id (nick)`, `標題`, `時間` a C library's stamp), the post it answers quoted (`※ 引述《id (nick)》之銘言：` and
 * `: ` lines), the answer's paragraphs parted by blank lines and broken by hand inside, `--` and the signature, the site's
 * `※` lines, and pushes.
 */
const post = (answer: string, signature: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Re: [問題] 經期轉氨酶升高是什麼原因引起的？ - 看板 Health - 批踢踢實業坊</title></head><body>
<div id="main-content" class="bbs-screen"><div class="article-metaline"><span class="article-meta-tag">作者</span><span class="article-meta-value">drk7aa (白袍小熊)</span></div><div class="article-metaline-right"><span class="article-meta-tag">看板</span><span class="article-meta-value">Health</span></div><div class="article-metaline"><span class="article-meta-tag">標題</span><span class="article-meta-value">Re: [問題] 經期轉氨酶升高是什麼原因引起的？</span></div><div class="article-metaline"><span class="article-meta-tag">時間</span><span class="article-meta-value">Sat May  6 14:22:31 2023</span></div>
<span class="f6">※ 引述《wenwen (小花)》之銘言：</span>
<span class="f6">: 最近一段時間一直這樣，不知道是什麼原因。</span>
<span class="f6">: 經期轉氨酶升高是什麼原因引起的？</span>

原PO您好：

${answer}

--
${signature}
<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 85.37.8.71 (臺灣)
</span><span class="f2">※ 編輯: drk7aa (1.2.3.4 臺灣), 05/08/2023 09:12:44
</span><div class="push"><span class="push-tag">推 </span><span class="push-userid">lovemilk</span><span class="push-content">: 感謝醫師詳細解說</span><span class="push-ipdatetime"> 05/06 15:02
</span></div></div></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a BBS quote head in traditional script', () => {
  it('marks the lines after it quoted', () => {
    expect(quoteHead('※ 引述《wenwen (小花)》之銘言：')).toBe('marked');
    expect(quoteHead('※ 引述《wenwen (小花)》之铭言：')).toBe('marked');
  });
});

describe('a plain-text BBS post replying to a question', () => {
  it('reads the subject as the question, the paragraphs between blank lines, the signature as the card and the stamp as the date', () => {
    const entry = pageOf(
      post(
        '經期轉氨酶升高需要結合具體情況來看，\n一般有以下幾種情況，\n要排除其他疾病引起的可能。\n\n平時要注意保持良好的生活習慣，按時復查。',
        '馮海 醫師\n臺大醫院 感染性疾病科 主治醫師',
      ),
    );
    expect(entry.question).toBe('經期轉氨酶升高是什麼原因引起的？');
    expect(entry.answer_paragraphs).toEqual(['經期轉氨酶升高需要結合具體情況來看，一般有以下幾種情況，要排除其他疾病引起的可能。', '平時要注意保持良好的生活習慣，按時復查。']);
    expect(entry.doctor).toMatchObject({ name: '馮海', title: '主治醫師', department: '感染性疾病科', hospital: '臺大醫院' });
    expect(entry.date).toBe('2023-05-06');
  });
  it('reads a one-line signature', () => {
    const entry = pageOf(post('平時要注意保持良好的生活習慣，按時復查，有不舒服及時就醫。', '臺大醫院感染性疾病科 馮海醫師'));
    expect(entry.doctor).toMatchObject({ name: '馮海', title: '醫師', department: '感染性疾病科', hospital: '臺大醫院' });
    expect(entry.answer_paragraphs).toEqual(['平時要注意保持良好的生活習慣，按時復查，有不舒服及時就醫。']);
  });
});

describe('a BBS post signed by a chief resident', () => {
  it('reads 總醫師 as one title', () => {
    const entry = pageOf(post('平時要注意保持良好的生活習慣，按時復查，有不舒服及時就醫。', '馮海 醫師\n臺大醫院 呼吸內科 總醫師'));
    expect(entry.doctor).toMatchObject({ name: '馮海', title: '總醫師', department: '呼吸內科', hospital: '臺大醫院' });
  });
});

describe('a plain-text post’s lines', () => {
  it('joins a paragraph broken by hand at its pauses, and leaves lines that each end a sentence apart', async () => {
    const { plainPostParts } = await import('../src/extract/words/plain-post.js');
    expect(plainPostParts('要結合具體情況來看，\n一般有以下幾種情況。\n\n1.多喝水，\n注意休息。\n2.按時復查。')).toEqual(['要結合具體情況來看，一般有以下幾種情況。', '', '1.多喝水，注意休息。', '2.按時復查。']);
    expect(plainPostParts('洗後馬上塗保濕霜。\n一周不見好請到皮膚科面診。')).toEqual(['洗後馬上塗保濕霜。', '一周不見好請到皮膚科面診。']);
    expect(plainPostParts('馮海 醫師\n臺大醫院 呼吸內科 總醫師')).toEqual(['馮海 醫師', '臺大醫院 呼吸內科 總醫師']);
  });
});
