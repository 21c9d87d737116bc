/** The markup after a mend of the page's text (mend-text.ts), and what the mend found. */
export interface MendedText {
  html: string;
  /** The mend left the unread mark where it could not work out what a browser shows (unread-marker.ts). */
  unread: boolean;
  /** The text is now markup, whatever type the response declared (a JSON response's page: json-response.ts). */
  markup?: boolean;
}
