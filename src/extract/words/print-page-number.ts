/**
 * A printed page's number set between the lines of a book's text in a web reader (`— 87 —`,
 * `- 87 -`, `·87·`, `第87页`): where the print page broke, none of the text. A page breaks where
 * the text runs over, inside a sentence as often as not: a paragraph that stops mid-sentence
 * before it goes on after it (the next line is the same paragraph's, as its missing indent shows
 * in print).
 */
const PRINT_PAGE_NUMBER_RE = /^(?:[—–\-－·・•]\s*\d{1,4}\s*[—–\-－·・•]|第\s*\d{1,4}\s*页)$/u;

export const isPrintPageNumber = (text: string): boolean => PRINT_PAGE_NUMBER_RE.test(text.trim());

