export { AutaFeedbackForm, type FieldError, type FormMessages } from './feedback-form.js';
export { AutaHelpFeedback, type HelpFeedbackAnswerDetail, type HelpFeedbackSubmitDetail } from './help-feedback.js';
export { AutaAccessibilityFeedback, type AccessibilityFeedbackSubmitDetail } from './accessibility-feedback.js';
export {
  HELP_CHANNELS,
  MISSING_KINDS,
  helpFeedbackCatalog,
  type HelpChannel,
  type HelpFeedbackMessages,
  type LeveledCatalog,
  type MissingKind,
} from './help-feedback.messages.js';
export { PROBLEM_KINDS, accessibilityFeedbackCatalog, type AccessibilityFeedbackMessages, type ProblemKind } from './accessibility-feedback.messages.js';
export { adoptFeedbackStyles, feedbackStyles } from './feedback.styles.js';
export { loadFeedbackEasy } from './easy.js';
