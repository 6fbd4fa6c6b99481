// The dashboard's layout at a phone's, a tablet's and a laptop's width, with long companies and titles,
// in English and in French (the longer words): no text is cut or spills out of its box unless its whole
// value is at hand (a title attribute), the list's rows hold their content, the column headers sit over
// their cells, and a confirmation pushes the page down instead of covering it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { editRows, extensionPage, launchWithExtension, readStore } from './harness.mjs';
import { openDashboardPage, seedDebrief } from './dashboard-pages.mjs';

const WIDTHS = [360, 768, 1280];
const LONG_COMPANY = 'Compagnie Générale des Établissements Industriels et Financiers Internationaux';
const LONG_TITLE = 'Ingénieur logiciel senior full-stack spécialisé systèmes distribués, temps réel et observabilité (H/F)';

/**
 * Every box that lays out text (the nearest non-inline ancestor of a text node) whose text is cut or
 * spills: wider or taller than the box, or outside an ancestor that clips it. Scrolling boxes keep their
 * text reachable and are not counted; visually hidden text (read by screen readers only) neither. A box
 * whose text is cut passes when it, or an ancestor, has a title holding that whole text.
 */
function cutTexts(page) {
  return page.evaluate(() => {
    const clean = (s) => s.replace(/\s+/g, ' ').trim();
    const scrolls = (s) => /auto|scroll/.test(s.overflowX + s.overflowY);
    const clips = (s) => /hidden|clip/.test(s.overflowX + s.overflowY);
    const boxes = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      let el = n.parentElement;
      while (el && getComputedStyle(el).display === 'inline') el = el.parentElement;
      if (el) boxes.add(el);
    }
    const found = [];
    for (const el of boxes) {
      if (el.closest('select, option, script, style, [aria-hidden="true"] .sep')) continue;
      if (!el.getClientRects().length) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.clipPath === 'inset(50%)' || el.closest('.sep')) continue;
      if (scrolls(style)) continue;
      let cut = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      const r = el.getBoundingClientRect();
      for (let a = el.parentElement; a && !cut; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (scrolls(s)) break;
        // A list item is placed with a fixed height: what does not fit in it runs over the next one.
        if (!clips(s) && !a.classList.contains('vlist-item')) continue;
        const b = a.getBoundingClientRect();
        cut = r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1;
      }
      if (!cut) continue;
      const text = clean(el.textContent);
      const titled = el.closest('[title]');
      if (titled && clean(titled.getAttribute('title')).includes(text)) continue;
      const where = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}`;
      found.push(`${where}: "${text.slice(0, 60)}" (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
    }
    return found;
  });
}

/** Column headers and the first row's cells, their left edges in px, when the columns are shown. */
function columnEdges(page) {
  return page.evaluate(() => {
    const head = document.querySelector('.list-head');
    if (!head?.getClientRects().length) return null;
    const left = (el) => Math.round(el.getBoundingClientRect().left * 10) / 10;
    return {
      headers: [...head.children].map(left),
      rows: [...document.querySelectorAll('.row-link')].map((row) => [...row.querySelectorAll('.cell')].map(left)),
    };
  });
}

for (const lang of ['en', 'fr']) {
  describe(lang === 'en' ? 'English' : 'French', () => {
    let ext;
    /** The application with the long names, its follow-up overdue. */
    let long;

    before(async () => {
      // Chromium takes its UI language from --lang and, on Linux, from LANGUAGE.
      const language = process.env.LANGUAGE;
      process.env.LANGUAGE = lang;
      ext = await launchWithExtension(undefined, { extraArgs: [`--lang=${lang === 'fr' ? 'fr' : 'en-US'}`] });
      if (language === undefined) delete process.env.LANGUAGE;
      else process.env.LANGUAGE = language;
      const page = await extensionPage(ext.browser, ext.extensionId);
      ({ application: long } = await seedDebrief(page, { company: LONG_COMPANY, title: LONG_TITLE }));
      const { application: today } = await seedDebrief(page, { company: 'Acme', title: 'Frontend developer' });
      await seedDebrief(page, { company: 'Globex Corporation', title: 'Data engineer', followUpInDays: 7 });
      const { application: maybe } = await seedDebrief(page, {
        company: 'Initech Systèmes et Logiciels',
        title: 'Responsable produit plateforme de paiement',
      });
      await seedDebrief(page, {
        company: 'Umbrella',
        title: 'Product manager',
        verdict: 'convinced',
        weakPoint: '',
        nextSteps: [{ withWhom: 'Paul Durand, CTO', when: new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv') }],
      });
      await seedDebrief(page, { company: 'Hooli', title: 'Analyst', verdict: 'rejected', weakPoint: '', rejectionReason: 'Too junior' });
      await page.close();

      const reminders = await readStore(ext.worker, 'reminders');
      const reminderOf = (app) => reminders.find((r) => r.applicationId === app.id);
      const [overdue, earlierToday] = await ext.worker.evaluate(() => {
        const d = new Date();
        return [Date.now() - 2 * 86_400_000, Math.max(new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(), Date.now() - 60_000)];
      });
      await editRows(ext.worker, [
        { store: 'reminders', id: reminderOf(long).id, change: { dueAt: overdue, pendingDueAt: overdue, notifiedAt: overdue } },
        { store: 'applications', id: long.id, change: { nextDueAt: overdue } },
        {
          store: 'reminders',
          id: reminderOf(today).id,
          change: { dueAt: earlierToday, pendingDueAt: earlierToday, notifiedAt: earlierToday },
        },
        { store: 'applications', id: today.id, change: { nextDueAt: earlierToday } },
        { store: 'applications', id: maybe.id, change: { probablyClosed: true } },
      ]);
    });

    after(async () => {
      await ext?.close();
    });

    async function dashboardAt(width, hash) {
      const page = await openDashboardPage(ext.browser, ext.extensionId, hash);
      await page.setViewport({ width, height: 900 });
      return page;
    }

    for (const width of WIDTHS) {
      test(`${lang}, ${width} px: the list cuts no text without its whole value, and its headers sit over their cells`, async () => {
        const page = await dashboardAt(width, '#');
        await page.waitForSelector('.row.probably');
        assert.equal(await page.$eval('#list-heading', (h) => h.textContent), lang === 'fr' ? 'Candidatures' : 'Applications');
        assert.deepEqual(await cutTexts(page), [], `cut or spilling text at ${width} px`);

        // Every row's content fits in the height the windowed list gives it.
        const spills = await page.$$eval('.vlist-item', (items) =>
          items
            .filter((i) => i.scrollHeight > i.clientHeight + 1)
            .map((i) => `${i.textContent.slice(0, 40)}: ${i.scrollHeight} > ${i.clientHeight}`),
        );
        assert.deepEqual(spills, []);

        // The list box is as tall as its rows, up to what the window leaves it.
        const box = await page.$eval('.vlist', (el) => ({
          box: el.clientHeight,
          rows: el.firstElementChild.offsetHeight,
          max: el.offsetHeight === Number.parseFloat(getComputedStyle(el).maxHeight),
        }));
        assert.ok(box.max || Math.abs(box.box - box.rows) <= 1, `list box ${box.box} px for ${box.rows} px of rows`);
        await page.setViewport({ width, height: 1400 });
        const tall = await page.$eval('.vlist', (el) => ({ box: el.clientHeight, rows: el.firstElementChild.offsetHeight }));
        assert.ok(Math.abs(tall.box - tall.rows) <= 1, `list box ${tall.box} px for ${tall.rows} px of rows, in a tall window`);

        const edges = await columnEdges(page);
        if (width < 720) {
          // Narrow: no columns, the rows reflow (company and role, then status and verdict, then the next step).
          assert.equal(edges, null);
          const lines = await page.$eval('.row.probably .row-link', (a) =>
            [...a.querySelectorAll('.cell')].map((c) => Math.round(c.getBoundingClientRect().top)),
          );
          assert.equal(new Set(lines).size, 3, `three lines: ${lines}`);
        } else {
          assert.ok(edges, 'column headers shown');
          assert.ok(edges.rows.length >= 6);
          for (const cells of edges.rows) {
            assert.equal(cells.length, edges.headers.length);
            for (const [i, left] of cells.entries()) {
              assert.ok(Math.abs(left - edges.headers[i]) <= 2, `column ${i}: header ${edges.headers[i]}, cell ${left}`);
            }
          }
        }
        await page.close();
      });

      test(`${lang}, ${width} px: an application page with long names cuts no text without its whole value`, async () => {
        const page = await dashboardAt(width, `#app/${encodeURIComponent(long.id)}`);
        await page.waitForSelector('#app-heading');
        assert.deepEqual(await cutTexts(page), [], `cut or spilling text at ${width} px`);
        // The outcome form names the application it is about, whole.
        await page.click('.buttons .primary');
        await page.waitForSelector('#outcome-about');
        const about = await page.$eval('#outcome-about', (p) => p.textContent);
        assert.ok(about.includes(LONG_COMPANY) && about.includes(LONG_TITLE), about);
        assert.deepEqual(await cutTexts(page), [], `cut or spilling text with the outcome form at ${width} px`);
        await page.close();
      });
    }

    test(`${lang}: on load no focus box is drawn around the heading; a confirmation covers nothing of the page`, async () => {
      const page = await dashboardAt(1280, `#app/${encodeURIComponent(long.id)}`);
      await page.waitForSelector('#app-heading');
      assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
      assert.equal(await page.$eval('#app-heading', (h) => getComputedStyle(h).outlineStyle), 'none');

      await page.click('.posting button.secondary');
      await page.click('.posting button.primary');
      await page.waitForSelector('.page-notice');
      const overlaps = await page.evaluate(() => {
        const notice = document.querySelector('.page-notice').getBoundingClientRect();
        return [...document.querySelectorAll('main article *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return (
              r.width > 0 &&
              r.height > 0 &&
              r.left < notice.right &&
              r.right > notice.left &&
              r.top < notice.bottom &&
              r.bottom > notice.top
            );
          })
          .map((el) => el.tagName);
      });
      assert.deepEqual(overlaps, []);
      await page.close();
    });
  });
}
