import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { englishPart, foreignParts, maskParts } from '../src/core/text/foreign.js';
import { check } from '../src/node/api.js';

const SPUN = readFileSync('examples/spun.txt', 'utf8');
// Written for these tests: news prose in French, and English text that merely has foreign words.
const FRENCH =
  "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les ménages face à la hausse des prix de l'énergie. " +
  'Selon le ministre, ces aides seront versées dès le mois prochain à tous les foyers concernés, et elles seront financées par une ' +
  'taxe sur les profits exceptionnels des entreprises du secteur. Les associations de consommateurs ont salué une décision.';
const LINE_UP =
  'South Africa: P Montgomery; B Paulse, M Joubert, De Wet Barry, A Willemse, J van der Westhuyzen, J de Villiers, ' +
  'CJ van der Linde, G Britz, D Rossouw, M Claassens, H Shimange, J Smit, E Andrews, S Burger.';
const CODE = "typeCheck('{x: Number, y: Boolean}', {x: 2, y: false}); // true\ntypeCheck('{x: Number, y: Boolean}', {x: 2, y: 3}); // false y y y";

describe('paragraphs in another language', () => {
  it('finds French prose and another script, not names or code with a stray "de" or "y"', () => {
    const text = `${FRENCH}\n\n${LINE_UP}\n\n${CODE}\n\n${'這是一個用中文寫的段落，它不是英文，所以不應該被檢查。'.repeat(3)} ${'詞 '.repeat(20)}`;
    assert.deepEqual(
      foreignParts(text).map((p) => p.language),
      ['fr', 'und'],
    );
  });

  it('masks with spaces and keeps every offset and line break', () => {
    const text = `One line.\n\n${FRENCH}\r\nand more\n\nEnd.`;
    const masked = maskParts(text, foreignParts(text));
    assert.equal(masked.length, text.length);
    assert.equal(masked.replace(/[^\r\n]/g, '').length, text.replace(/[^\r\n]/g, '').length);
    assert.ok(masked.startsWith('One line.\n\n   '));
    assert.ok(masked.endsWith('\n\nEnd.'));
  });

  it('a spun English text with a French paragraph gets its verdict, the French left unchecked', () => {
    const text = `${SPUN.trim()}\n\n${FRENCH}\n`;
    const alone = check(SPUN.trim());
    const mixed = check(text);
    assert.equal(mixed.language, 'en');
    assert.ok(mixed.score !== null && mixed.score > 0.9, String(mixed.score));
    assert.equal(mixed.messages.length, alone.messages.length);
    assert.ok(mixed.messages.every((m) => m.offset < SPUN.trim().length && text.slice(m.offset, m.endOffset) === m.actual));
    assert.match(mixed.note ?? '', /^1 paragraph \(\d+ % of the words, language fr\) is not English and was not checked\.$/);
    assert.ok(mixed.restored.endsWith(`${FRENCH}\n`));
  });

  it('a text mostly in French gets no verdict, even with an English paragraph', () => {
    const text = `${FRENCH}\n\n${FRENCH}\n\n${SPUN.split('\n\n')[0]}`;
    const result = check(text);
    assert.equal(result.score, null);
    assert.equal(result.language, 'fr');
    assert.deepEqual(result.messages, []);
  });

  it('English with a foreign list or code has no note', () => {
    assert.equal(check(`${SPUN.trim()}\n\n${LINE_UP}\n\n${CODE}`).note, undefined);
  });
});

describe('paragraphs in another script', () => {
  // Written for these tests.
  const RUSSIAN =
    'Правительство объявило во вторник о новых мерах поддержки семей, которые пострадали от роста цен на энергию. ' +
    'По словам министра, помощь будет выплачена в следующем месяце всем семьям, а расходы покроет налог на сверхприбыль компаний.';
  const CHINESE = '政府星期二宣布了一系列新措施，以帮助受能源价格上涨影响的家庭。部长表示，这些援助将在下个月发放给所有符合条件的家庭。';

  it('count their words, so a mostly Russian text gets no verdict', () => {
    const text = `${RUSSIAN}\n\n${RUSSIAN}\n\n${RUSSIAN}\n\nThe prime minister got here to the summit on Monday.`;
    const result = check(text);
    assert.equal(result.score, null);
    assert.equal(result.language, 'und');
    assert.match(result.note ?? '', /Cyrillic/);
  });

  it('a Russian or Chinese paragraph in an English article is left out with its share', () => {
    for (const [paragraph, share] of [
      [RUSSIAN, /1 paragraph \(1\d % of the words, language und\)/],
      [CHINESE, /1 paragraph \(\d+ % of the words, language und\)/],
    ] as const) {
      const result = check(`${SPUN.trim()}\n\n${paragraph}\n`);
      assert.ok(result.score !== null && result.score > 0.9);
      assert.match(result.note ?? '', share);
    }
  });
});

describe('formal German news prose', () => {
  it('is left out of an English article: its articles and prepositions (einem, zur, aus) are German function words', () => {
    // Written for these tests.
    const german =
      'Im Landtag gab es am Montag Streit über einen Antrag zur Förderung der Landwirtschaft, obwohl einige Abgeordnete ' +
      'zugestimmt hatten. Die Mittel stammen größtenteils aus einem Sonderfonds, der Rest aus Zuschüssen der Gemeinden.';
    const english = 'The council approved the plan on Wednesday, despite objections from some traders who fear months of disruption.';
    assert.deepEqual(foreignParts(`${english}\n\n${german}\n\n${english}`).map((p) => p.language), ['de']);
  });
});

describe('foreign paragraphs next to code', () => {
  it('a fence in a blanked paragraph is kept, so the code after it stays protected', () => {
    const text = `${FRENCH}\n\`\`\`\nconst note = "The prime minister got here making an attempt at a deal";\n\`\`\`\n\n${SPUN.trim()}\n`;
    const masked = maskParts(text, foreignParts(text));
    assert.equal(masked.length, text.length);
    assert.equal(masked.split('```').length, 3, 'both fences survive');
    const result = check(text);
    const code = text.indexOf('const note');
    assert.ok(result.messages.every((m) => m.offset < code - 4 || m.offset > text.indexOf('```', code)), JSON.stringify(result.messages.map((m) => m.actual)));
    assert.ok(result.messages.length >= 10);
  });

  it('does not report French comments inside fenced code, which is never checked anyway', () => {
    const code = '```python\ndef calcul_moyenne(valeurs):\n    # calcule la moyenne des valeurs de la liste et renvoie le résultat pour la suite du programme\n    return sum(valeurs)\n```';
    const text = `${SPUN.trim()}\n\n${code}\n\n${SPUN.trim()}\n`;
    assert.deepEqual(englishPart(text).parts, []);
    assert.equal(check(text).note, undefined);
  });

  it('reads fences as the tokenizer does: ```x``` on one line is inline code, and what follows is still searched', () => {
    const text = `\`\`\`npm install unspin\`\`\` is all it takes.\n\n${SPUN.trim()}\n\n${FRENCH}\n`;
    assert.deepEqual(englishPart(text).parts.map((p) => p.language), ['fr']);
  });

  it('counts Thai by character, so a Thai paragraph is noticed', () => {
    const thai = 'รัฐบาลประกาศมาตรการใหม่ในวันอังคารเพื่อช่วยเหลือครอบครัวที่ได้รับผลกระทบจากราคาพลังงานที่สูงขึ้น';
    assert.deepEqual(foreignParts(`Some English first.\n\n${thai}`).map((p) => p.language), ['und']);
  });
});

describe('a quotation in another language inside an English paragraph', () => {
  it('is left out as a sentence when the text would otherwise not read as English', () => {
    // Written for these tests.
    const text =
      'The minister was asked about the decision on Tuesday. "Nous avons pris cette décision parce que nous pensons ' +
      "qu'elle est juste pour les familles et pour le pays tout entier, et nous ne reviendrons pas dessus,\" she said, " +
      'before leaving the press conference without taking any further questions from the reporters who had waited there ' +
      'for most of the morning in the rain.\n\nHer opponents aforesaid the program would cost too a great deal and assist too few citizenry.\n';
    const result = check(text);
    assert.equal(result.language, 'en');
    assert.match(result.note ?? '', /^1 sentence \(\d+ % of the words, language fr\) is not English and was not checked\.$/);
    assert.ok(result.messages.some((m) => m.actual === 'aforesaid'), JSON.stringify(result.messages.map((m) => m.actual)));
    assert.ok(result.messages.every((m) => !/[àéè]|nous|pour/.test(m.actual)));
  });
});
