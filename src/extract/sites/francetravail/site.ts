/**
 * France Travail (formerly Pôle emploi). URL shapes handled:
 * - https://candidat.francetravail.fr/offres/recherche/detail/<id> (ids like 183XKZT; also on
 *   candidat.pole-emploi.fr)
 * - listing: https://candidat.francetravail.fr/offres/recherche?motsCles=…&lieux=…
 */
import type { SiteDeclaration } from '../../types';

/** France Travail (sites/registry.ts). */
export const site = {
  id: 'francetravail',
  hosts: /^candidat\.(?:francetravail|pole-emploi)\.fr$/,
  matches: ['https://candidat.francetravail.fr/offres/*', 'https://candidat.pole-emploi.fr/offres/*'],
  hints: ['francetravail.', 'pole-emploi.'],
  // /offres/recherche/detail/<id> (ids like 183XKZT), also on the former candidat.pole-emploi.fr.
  jobId: (url) => /\/offres\/(?:[^/]+\/)*detail\/([0-9a-z]{5,12})(?:\/|$)/i.exec(url.pathname)?.[1]?.toUpperCase() ?? null,
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/francetravail/detail.html (microdata, French), results.html (4 results).
 * Checked 2026-12-01 against public material (each fixture's header names it): detail-popin.html (offer page, employer outside the microdata).
 * Live URL shapes:
 *   https://candidat.francetravail.fr/offres/recherche/detail/183XKZT
 *   https://candidat.pole-emploi.fr/offres/recherche/detail/183XKZT
 *   https://candidat.francetravail.fr/offres/recherche?motsCles=developpeur&lieux=75D&offresPartenaires=true
 */
