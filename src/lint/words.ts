/** Words quoted in a message, cut to 60 characters. */
export const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Text compared for sameness: lower case, punctuation and runs of white space as one space. */
export const sameWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
