import { copyLoader } from '@auta/core';
import { accessibilityFeedbackCatalog, type AccessibilityFeedbackMessages } from './accessibility-feedback.messages.js';
import { helpFeedbackCatalog, type HelpFeedbackMessages } from './help-feedback.messages.js';

type Standard<M> = Record<'fi' | 'sv' | 'en', M>;

/**
 * Loads the easy-to-read copy of both feedback forms (messages-easy.ts, one chunk) into
 * `helpFeedbackCatalog.easy` and `accessibilityFeedbackCatalog.easy`. Pages at the standard
 * level never download it; a form at the easy level waits for it, so no standard text
 * flashes. A server render at the easy level awaits it first. When it cannot load, the
 * standard text stays (core warns once per key).
 */
export async function loadFeedbackEasy(): Promise<unknown> {
  if (helpFeedbackCatalog.easy && accessibilityFeedbackCatalog.easy) return helpFeedbackCatalog.easy;
  const chunk = await import('./messages-easy.js').catch(() => undefined);
  if (!chunk) return undefined;
  const easy = chunk.default(helpFeedbackCatalog as Standard<HelpFeedbackMessages>, accessibilityFeedbackCatalog as Standard<AccessibilityFeedbackMessages>);
  accessibilityFeedbackCatalog.easy ??= easy.accessibility;
  return (helpFeedbackCatalog.easy ??= easy.help);
}

/** What each form loads before it speaks at the easy level (both carry fi, sv and en). */
export const loadHelpFeedbackCopy = copyLoader(helpFeedbackCatalog, { easy: loadFeedbackEasy });
export const loadAccessibilityFeedbackCopy = copyLoader(accessibilityFeedbackCatalog, { easy: loadFeedbackEasy });
