/**
 * Each site's reader of the job cards of its listing pages (findJobCards), exported under the site's id:
 * import this module as a namespace. Apart from the registry so that a bundle needing only keys (the
 * popup, the worker) leaves them and their DOM helpers out.
 */
export { cards as apec } from './apec/cards';
export { cards as ashby } from './ashby/cards';
export { cards as francetravail } from './francetravail/cards';
export { cards as glassdoor } from './glassdoor/cards';
export { cards as greenhouse } from './greenhouse/cards';
export { cards as hellowork } from './hellowork/cards';
export { cards as indeed } from './indeed/cards';
export { cards as jobteaser } from './jobteaser/cards';
export { cards as lever } from './lever/cards';
export { cards as linkedin } from './linkedin/cards';
export { cards as monster } from './monster/cards';
export { cards as smartrecruiters } from './smartrecruiters/cards';
export { cards as teamtailor } from './teamtailor/cards';
export { cards as workday } from './workday/cards';
export { cards as wttj } from './wttj/cards';
