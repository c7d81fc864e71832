import { copyLoader } from '@auta/core';
import { accessibilityFeedbackCatalog, type AccessibilityFeedbackMessages } from './accessibility-feedback.messages.js';
import { helpFeedbackCatalog, type HelpFeedbackMessages } from './help-feedback.messages.js';

type Standard<M> = Record<'fi' | 'sv' | 'en', M>;

/**
 * Loads the easy-to-read copy of both feedback forms (messages-easy.ts, one chunk) into
 * `helpFeedbackCatalog.easy` and `accessibilityFeedbackCatalog.easy`. Pages at the standard
 * level never download it; a form at the easy level waits for it, so no standard text
 * flashes. A server render at the easy level awaits it first. A plain import: it rejects when
 * the chunk cannot load, and `copyLoader` decides what a form does then (the standard text,
 * core's warning once per text, another try at the next update).
 */
export async function loadFeedbackEasy(): Promise<unknown> {
  const chunk = await import('./messages-easy.js');
  accessibilityFeedbackCatalog.easy ??= chunk.accessibilityFeedback(accessibilityFeedbackCatalog as Standard<AccessibilityFeedbackMessages>);
  return (helpFeedbackCatalog.easy ??= chunk.helpFeedback(helpFeedbackCatalog as Standard<HelpFeedbackMessages>));
}

/** What each form loads before it speaks at the easy level (both carry fi, sv and en). */
export const loadHelpFeedbackCopy = copyLoader(helpFeedbackCatalog, { easy: loadFeedbackEasy });
export const loadAccessibilityFeedbackCopy = copyLoader(accessibilityFeedbackCatalog, { easy: loadFeedbackEasy });
