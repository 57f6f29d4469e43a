/** The public watch page of a YouTube video, for readers of plain text. */
export const youtubeWatchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;
