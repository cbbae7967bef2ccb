import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guessLanguage } from '../src/core/text/language.js';
import { tokenize } from '../src/core/text/tokenize.js';

// Short samples written for these tests (news-like prose in each language).
const SAMPLES: Record<string, string> = {
  english:
    'The prime minister said on Tuesday that the government would not change its plans for the economy, ' +
    'despite warnings from business leaders. Speaking in Downing Street, she told reporters that it was ' +
    'too early to say whether the new rules had worked, but that she was confident they would.',
  englishSpun:
    'The top minister stated on Tuesday that the authorities would now not exchange its plans for the economic system, ' +
    'regardless of warnings from enterprise leaders. Speaking in Downing Street, she informed journalists that ' +
    'it was once too early to say whether or not the new guidelines had labored.',
  french:
    'Le premier ministre a déclaré mardi que le gouvernement ne changerait pas ses projets pour l’économie, ' +
    'malgré les avertissements des chefs d’entreprise. Il est trop tôt pour dire si les nouvelles règles ont ' +
    'fonctionné, mais elle est confiante dans leur succès.',
  german:
    'Der Premierminister sagte am Dienstag, dass die Regierung ihre Pläne für die Wirtschaft nicht ändern werde, ' +
    'trotz der Warnungen von Unternehmern. Es sei noch zu früh, um zu sagen, ob die neuen Regeln gewirkt haben, ' +
    'aber sie sei zuversichtlich.',
  spanish:
    'El primer ministro dijo el martes que el gobierno no cambiará sus planes para la economía, a pesar de las ' +
    'advertencias de los empresarios. Es demasiado pronto para saber si las nuevas normas han funcionado, pero ' +
    'ella está segura de que lo harán.',
  dutch:
    'De minister-president zei dinsdag dat de regering haar plannen voor de economie niet zal veranderen, ' +
    'ondanks waarschuwingen van ondernemers. Het is nog te vroeg om te zeggen of de nieuwe regels hebben ' +
    'gewerkt, maar zij is er zeker van dat het zal lukken.',
  italian:
    'Il primo ministro ha detto martedì che il governo non cambierà i suoi piani per l’economia, nonostante gli ' +
    'avvertimenti degli imprenditori. È troppo presto per dire se le nuove regole hanno funzionato, ma lei è ' +
    'sicura che funzioneranno.',
  portuguese:
    'O primeiro-ministro disse na terça-feira que o governo não vai mudar os seus planos para a economia, ' +
    'apesar dos avisos dos empresários. Ainda é muito cedo para dizer se as novas regras funcionaram, mas ' +
    'ela está confiante de que vão funcionar.',
  chinese: '首相周二表示，尽管企业领袖发出警告，政府不会改变其经济计划。她在唐宁街对记者说，现在判断新规则是否奏效还为时过早。',
  russian:
    'Премьер-министр заявила во вторник, что правительство не изменит свои планы в отношении экономики, ' +
    'несмотря на предупреждения руководителей бизнеса.',
  random: 'qwzx plmk vbnt rtyu ghjk xcvb nmlp zqwe rtyp asdf ghjl kzxc vbnm qpwo eiru tyal skdj fhgz',
};

describe('guessLanguage', () => {
  it('says en for English prose, spun or not, with good confidence', () => {
    for (const key of ['english', 'englishSpun']) {
      const g = guessLanguage(SAMPLES[key] as string);
      assert.equal(g.language, 'en', key);
      assert.ok(g.confidence >= 0.7, `${key}: ${g.confidence}`);
      assert.equal(g.note, undefined);
    }
  });

  it('still says en when a third of the words (function words too) were swapped', () => {
    const heavy = (SAMPLES.english as string).split(' ').map((w, i) => (i % 3 === 0 ? 'planetary' : w)).join(' ');
    assert.equal(guessLanguage(heavy).language, 'en');
  });

  it('names French, German, Spanish, Dutch, Italian and Portuguese; says und for Chinese, Russian and random letters', () => {
    const expected: Record<string, string> = { french: 'fr', german: 'de', spanish: 'es', dutch: 'nl', italian: 'it', portuguese: 'pt', chinese: 'und', russian: 'und', random: 'und' };
    for (const [key, code] of Object.entries(expected)) {
      const g = guessLanguage(SAMPLES[key] as string);
      assert.equal(g.language, code, key);
      assert.ok(g.confidence >= 0.5 && g.confidence <= 1, `${key}: ${g.confidence}`);
      assert.ok(g.note && g.note.length > 10, key);
    }
    assert.match(guessLanguage(SAMPLES.german as string).note ?? '', /looks like German/);
    assert.match(guessLanguage(SAMPLES.russian as string).note ?? '', /Cyrillic script/);
    assert.match(guessLanguage(SAMPLES.chinese as string).note ?? '', /Chinese or Japanese script/);
    // The script with most letters names the text, not the first one met.
    assert.match(guessLanguage('Москва ' + (SAMPLES.chinese as string)).note ?? '', /Chinese or Japanese script/);
  });

  it('accepts tokens as well as text, ignoring protected tokens', () => {
    assert.equal(guessLanguage(tokenize(SAMPLES.english as string)).language, 'en');
    // An English sentence around a French code span stays English.
    const mixed = 'Run the command below and then check that it is in the list: `le chat est dans la maison avec les enfants`';
    assert.equal(guessLanguage(tokenize(mixed)).language, 'en');
  });

  it('handles very short and empty inputs without crashing, as documented', () => {
    assert.equal(guessLanguage('').language, 'und');
    assert.equal(guessLanguage('   \n ').language, 'und');
    assert.equal(guessLanguage('1234 5678').language, 'und');
    const short = guessLanguage('in the house');
    assert.equal(short.language, 'en');
    assert.ok(short.confidence <= 0.5 && short.note);
    assert.equal(guessLanguage('Downing Street').language, 'und');
    assert.equal(guessLanguage('der Hund und die').language, 'und');
  });

  it('takes a one-sentence spun headline as English but not a Dutch sentence', () => {
    assert.equal(guessLanguage('Quantity 10 Downing Street stated successful the gathering').language, 'en');
    assert.equal(guessLanguage('Ik ben in de stad en ik was over de brug gegaan met mijn hond').language, 'nl');
    assert.equal(guessLanguage('Artificial intelligence deep learning random forest big data classification methods').language, 'und');
  });

  it('keeps English with quoted foreign words and names', () => {
    const text = 'The café in Zürich, known locally as “Le Petit”, was where the talks between the two leaders took place last week.';
    assert.equal(guessLanguage(text).language, 'en');
  });

  it('keeps English that lists names with particles, yet still names German with articles between nouns', () => {
    const names =
      'The panel will include Maria de la Cruz, Jan van der Berg, Pieter de Vries, Luis de Souza, Ana da Silva, ' +
      'Joost van den Broek, Carlos de la Torre, Willem de Jong, Sofia dos Santos and Marco di Stefano.';
    assert.equal(guessLanguage(names).language, 'en');
    const list = '- Maria de la Cruz\n- Jan van der Berg\n- Pieter de Vries\n- Ana da Silva\n- Hugo van Dijk\n- Willem de Jong\n\nThe team will meet on Monday.';
    assert.equal(guessLanguage(list).language, 'en');
    const german = 'Der Stadtrat hat gestern Abend einen Plan gebilligt, nachdem eine Debatte mehr als vier Stunden gedauert hatte und die Mehrheit der Abgeordneten gespalten war.';
    assert.equal(guessLanguage(german).language, 'de');
  });
});
