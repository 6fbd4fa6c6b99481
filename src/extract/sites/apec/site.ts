/**
 * APEC (apec.fr, jobs for managers in France). URL shapes handled:
 * - https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/<number><letter>?… (e.g. 174123456W)
 * - listing: https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=…&lieux=…
 */
import type { SiteDeclaration } from '../../types';

/** APEC (sites/registry.ts). */
export const site = {
  id: 'apec',
  hosts: /(?:^|\.)apec\.fr$/,
  matches: ['https://www.apec.fr/*'],
  hints: ['apec.fr'],
  // …/emploi/detail-offre/<number><letter> (e.g. 174123456W).
  jobId: (url) => /\/detail-offre\/(\d{5,12}[a-z]?)(?:[/?]|$)/i.exec(url.pathname)?.[1]?.toUpperCase() ?? null,
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/apec/offer.html (no structured data, French), results.html (3 results).
 * Checked 2026-12-01 against public material (each fixture's header names it): results-cards.html (card-offer results).
 * Live URL shapes:
 *   https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/174123456W
 *   https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/174123456W?motsCles=data&page=0&selectedIndex=2
 *   https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=data&lieux=75
 */
