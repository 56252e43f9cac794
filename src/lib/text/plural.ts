/** `1 link`, `3 links`: a count with its noun in the right number. */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
