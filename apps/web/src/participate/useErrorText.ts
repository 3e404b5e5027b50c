import { useT } from '@werkbank/editor';
import { workshopErrorKey } from './workshopErrorKey.ts';

/** Turns a failed workshop request into a German (or English) sentence for participants. */
export function useErrorText(): (error: { status: number; code: string; message: string }) => string {
  const t = useT();
  return (error) => {
    const key = workshopErrorKey(error);
    return key ? t(key) : t('web.participate.error.other', { message: error.message });
  };
}
