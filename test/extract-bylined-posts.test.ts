import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isDisclaimer } from '../src/extract/words/genre.js';

/**
 * A thread on a board with an English interface (phpBB): each post under its byline (`by nick » day`, or `Posted: day  Post
 * subject: Re: …`), the poster's profile (nickname, rank, `Posts:`, `Joined:`) beside it. The answer is the post of the one
 * poster whose rank marks a doctor or who alone signs with a card; its quote of the asker (`nick wrote:`), its disclaimer,
 * `Last edited by …` and the signature are none of it, the signature the card; the byline's day the date. Before, the
 * asker's post was read as the answer, undated.
 */
const ANSWER = '孕妇腰部起疱需要结合具体情况来看，一般有以下几种情况：<br /><br />1.有带状疱疹病史的患者，大约3周后复查一次。<br /><br />建议及时到医院皮肤科就诊，明确诊断后规范治疗。';
const ANSWER_LINES = ['孕妇腰部起疱需要结合具体情况来看，一般有以下几种情况：', '1.有带状疱疹病史的患者，大约3周后复查一次。', '建议及时到医院皮肤科就诊，明确诊断后规范治疗。'];
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-forum.us/forum/viewtopic.php?t=138276' }))).find((e) => e.origin === 'page');
const head = (title: string) => `<html lang="zh-CN"><head><meta charset="utf-8"><title>${title} : 健康医疗 Health - 华人论坛</title></head><body><p class="nav"><a href="/forum/index.php">Forum Index</a> -&gt; <a href="/forum/viewforum.php?f=20">健康医疗 Health</a></p>`;
const TITLE = '孕妇腰部起疱是什么原因引起的';

const prosilver = (nick: string, rank: string, day: string, text: string, after = '') =>
  `<div class="post"><div class="inner"><div class="postbody"><h3><a href="#p1">Re: ${TITLE}</a></h3><p class="author">by <strong>${nick}</strong> » ${day}</p>` +
  `<div class="content">${text}</div>${after}</div><dl class="postprofile"><dt>${nick}</dt><dd>${rank}</dd><dd><strong>Posts:</strong> 352</dd><dd><strong>Joined:</strong> Aug 2014</dd></dl></div></div><hr class="divider" />`;

const subsilver = (nick: string, rank: string, day: string, text: string) =>
  `<tr><td class="row1"><span class="name"><b>${nick}</b></span><br /><span class="postdetails">${rank}<br />Joined: Mar 2013<br />Posts: 128</span></td>` +
  `<td class="row1"><table><tr><td><span class="postdetails">Posted: ${day}&nbsp; &nbsp;Post subject: Re: ${TITLE}</span></td></tr><tr><td colspan="2"><hr /></td></tr>` +
  `<tr><td colspan="2"><span class="postbody">${text}</span></td></tr></table></td></tr>`;

describe('a thread of bylined posts on an English-interface board', () => {
  it('prosilver: the verified doctor’s post, its quote, disclaimer, edit note and signature none of it', () => {
    const quote = `<blockquote><div><cite>伦敦打工人 wrote:</cite>${TITLE}</div></blockquote>`;
    const disclaimer = '<br /><br /><i>The information provided is for general educational purposes only. Please consult your own doctor.</i>';
    const after = '<div class="notice">Last edited by bayareadoc on 10/18/2019 8:28 pm EDT; edited 1 time in total</div><div class="signature">徐静怡<br />Internist<br />华埠内科诊所 Chinatown Internal Medicine<br />Tel: (626) 697-6684</div>';
    const html =
      head(TITLE) +
      `<div id="page-body"><h2 class="topic-title"><a href="/forum/viewtopic.php?t=138276">${TITLE}</a></h2>` +
      prosilver('伦敦打工人', 'Member', '10/15/2019 7:46 am EDT', `${TITLE}<br />最近一段时间一直这样，不知道是什么原因。`) +
      prosilver('湾区码农', 'Newbie', '10/17/2019 9:41 am EDT', '可以先去walk-in clinic看看，不用等家庭医生预约。') +
      prosilver('bayareadoc', '认证医生 Verified MD', '10/18/2019 5:35 pm EDT', quote + ANSWER + disclaimer, after) +
      prosilver('湾区码农', 'Newbie', '10/22/2019 1:34 pm EDT', '谢谢，已经约了家庭医生') +
      '</div><p class="gensmall">All times are EDT</p></body></html>';
    const entry = read(html)!;
    expect(entry.answer_paragraphs).toEqual(ANSWER_LINES);
    expect(entry.doctor).toMatchObject({ name: '徐静怡', title: 'Internist', hospital: '华埠内科诊所' });
    expect(entry.date).toBe('2019-10-18');
  });

  it('subSilver: the one signed post under a rule, its quote table none of it, a numeric day read in the page’s order', () => {
    const quote = `<table width="90%"><tr><td><span class="genmed"><b>枫叶妈妈 wrote:</b></span></td></tr><tr><td class="quote">${TITLE}</td></tr></table>`;
    const signature = '</span><span class="postbody"><br />_________________<br />徐晓东, MD, FAAFP<br />家庭医生 Family Physician<br />华人家庭医疗诊所<br />Tel: (650) 237-4391';
    const html =
      head(TITLE) +
      `<table class="forumline"><tr><td><span class="maintitle">${TITLE}</span></td></tr>` +
      subsilver('枫叶妈妈', 'Newbie', '9/27/2022 10:24 am EDT', `${TITLE}<br />有没有什么好的办法缓解？`) +
      subsilver('doc138', 'Member', '9/28/2022 7:36 pm EDT', quote + ANSWER + signature) +
      subsilver('peachblossom', 'Senior Member', '9/30/2022 10:56 pm EDT', 'mark一下，专业回复') +
      '</table><p class="gensmall">All times are EDT</p></body></html>';
    const entry = read(html)!;
    expect(entry.answer_paragraphs).toEqual(ANSWER_LINES);
    expect(entry.doctor).toMatchObject({ name: '徐晓东', title: '家庭医生', hospital: '华人家庭医疗诊所' });
    expect(entry.date).toBe('2022-09-28');
  });

  it('a byline’s English day (`Mon Jan 21, 2019 9:43 pm`) dates the post', () => {
    const html =
      head(TITLE) +
      `<div id="page-body"><h2 class="topic-title">${TITLE}</h2>` +
      prosilver('伦敦打工人', 'Member', 'Sat Jan 19, 2019 7:46 am', `${TITLE}<br />最近一段时间一直这样，不知道是什么原因。`) +
      prosilver('bayareadoc', '医生', 'Mon Jan 21, 2019 9:43 pm', ANSWER, '<div class="signature">徐静怡<br />内科医生<br />华埠内科诊所</div>') +
      prosilver('湾区码农', 'Newbie', 'Tue Jan 22, 2019 1:34 pm', '谢谢，已经约了家庭医生') +
      '</div></body></html>';
    const entry = read(html)!;
    expect(entry.answer_paragraphs).toEqual(ANSWER_LINES);
    expect(entry.date).toBe('2019-01-21');
  });

  it('where no poster is marked a doctor or signs, no member’s post is read as the answer', () => {
    const html =
      head(TITLE) +
      `<div id="page-body"><h2 class="topic-title">${TITLE}</h2>` +
      prosilver('伦敦打工人', 'Member', 'Sat Jan 19, 2019 7:46 am', `${TITLE}<br />最近一段时间一直这样，不知道是什么原因。`) +
      prosilver('湾区码农', 'Senior Member', 'Mon Jan 21, 2019 9:43 pm', ANSWER) +
      '</div></body></html>';
    let entry;
    try {
      entry = read(html);
    } catch {
      entry = undefined;
    }
    expect(entry === undefined || entry.flags.includes('unsure_reading') || entry.date !== '2019-01-21').toBe(true);
  });

  it('an English disclaimer of `general educational purposes` is a disclaimer', () => {
    expect(isDisclaimer('The information provided is for general educational purposes only. Please consult your own doctor.')).toBe(true);
  });
});
