// The labels moved to src/ui/labels.ts (shared with the dashboard); kept for existing imports.
export * from '../ui/labels';
