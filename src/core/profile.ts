import type { Profile } from './types';

/**
 * Whether to ask who the user is, before a script or a draft: never asked yet, and no name given in
 * the settings (a rule, not a component: the popup's first script carries it, not the prompt's chunk).
 */
export const needsProfile = (s: { profile: Profile; profileAsked: boolean }): boolean => !s.profileAsked && !s.profile.name.trim();
