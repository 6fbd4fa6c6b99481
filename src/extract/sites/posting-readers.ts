/**
 * Each site's reader of the posting its pages show (extractPosting's "site" layer), exported under the
 * site's id: import this module as a namespace. Apart from the registry and the card readers: the
 * content script, which needs only those, leaves them out.
 */
export { posting as apec } from './apec/posting';
export { posting as ashby } from './ashby/posting';
export { posting as francetravail } from './francetravail/posting';
export { posting as glassdoor } from './glassdoor/posting';
export { posting as greenhouse } from './greenhouse/posting';
export { posting as hellowork } from './hellowork/posting';
export { posting as indeed } from './indeed/posting';
export { posting as jobteaser } from './jobteaser/posting';
export { posting as lever } from './lever/posting';
export { posting as linkedin } from './linkedin/posting';
export { posting as monster } from './monster/posting';
export { posting as smartrecruiters } from './smartrecruiters/posting';
export { posting as teamtailor } from './teamtailor/posting';
export { posting as workday } from './workday/posting';
export { posting as wttj } from './wttj/posting';
