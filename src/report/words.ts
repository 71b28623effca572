/** Counted nouns and units for reporters; they live in model/ so that findings can use them. */
export { type Noun, count, hoursUnit, noun, unitLabel } from '../model/words.js';
