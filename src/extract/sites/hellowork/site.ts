/**
 * HelloWork (formerly RegionsJob). URL shapes handled:
 * - https://www.hellowork.com/fr-fr/emplois/<id>.html
 * - listing: https://www.hellowork.com/fr-fr/emploi/recherche.html?k=…&l=…
 */
import type { SiteDeclaration } from '../../types';

/** HelloWork (sites/registry.ts). */
export const site = {
  id: 'hellowork',
  hosts: /(?:^|\.)hellowork\.com$/,
  matches: ['https://*.hellowork.com/*'],
  hints: ['hellowork.'],
  // /fr-fr/emplois/<id>.html and the English /en-gb/jobs/<id>.html.
  jobId: (url) => /\/(?:emplois|emploi|jobs)\/(\d{4,15})\.html$/i.exec(url.pathname)?.[1] ?? null,
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/hellowork/offer.html (JSON-LD, French), results.html (3 results).
 * Checked 2026-12-01 against public material (each fixture's header names it): results-serp.html (serpCard results).
 * Live URL shapes:
 *   https://www.hellowork.com/fr-fr/emplois/58234117.html
 *   https://www.hellowork.com/fr-fr/emploi/recherche.html?k=d%C3%A9veloppeur&l=Nantes
 */
