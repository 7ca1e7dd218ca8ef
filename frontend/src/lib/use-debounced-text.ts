import { useEffect, useState } from 'react';

export const TEXT_DELAY_MS = 300;

/** Typed text reaches `onSettled` after a pause, so a word does not cost a request per letter. */
export function useDebouncedText(value: string, onSettled: (value: string) => void): [string, (value: string) => void] {
  const [text, setText] = useState(value);
  useEffect(() => {
    if (text === value) return undefined;
    const timer = setTimeout(() => {
      onSettled(text);
    }, TEXT_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, value, onSettled]);
  return [text, setText];
}
