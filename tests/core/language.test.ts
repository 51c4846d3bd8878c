import { describe, expect, it } from 'vitest';
import { detectLanguage, withLanguage } from '../../src/core/language';
import { makeArticle } from '../../src/core/article';

describe('detectLanguage', () => {
  it('tells the five languages the engine reads apart', () => {
    const texts: [string, string][] = [
      ['en', 'The mayor said on Tuesday that the new bridge would open to traffic in the spring.'],
      [
        'de',
        'Der Bürgermeister sagte am Dienstag, die neue Brücke werde im Frühjahr für den Verkehr geöffnet.',
      ],
      [
        'fr',
        'Le maire a déclaré mardi que le nouveau pont serait ouvert à la circulation au printemps.',
      ],
      ['es', 'El alcalde dijo el martes que el nuevo puente se abrirá al tráfico en la primavera.'],
      ['ru', 'Мэр заявил во вторник, что новый мост откроется для движения весной.'],
      // Spanish and French share many short words; the commoner ones of each decide.
      ['es', 'Los vecinos de la ciudad han pedido más autobuses para el barrio del puerto.'],
      ['fr', 'Les habitants de la ville ont demandé plus de bus pour le quartier du port.'],
    ];
    for (const [language, text] of texts) expect(detectLanguage(text), text).toBe(language);
  });

  it('gives "und" to other languages, even those written like one of the five', () => {
    const texts = [
      'Il sindaco ha detto martedì che il nuovo ponte sarà aperto al traffico in primavera.',
      'O prefeito disse na terça-feira que a nova ponte será aberta ao tráfego na primavera.',
      'De burgemeester zei dinsdag dat de nieuwe brug in het voorjaar voor het verkeer opengaat.',
      'Burmistrz powiedział we wtorek, że nowy most zostanie otwarty dla ruchu wiosną.',
      'Мер заявив у вівторок, що новий міст відкриють для руху навесні.',
      '市長は火曜日、新しい橋が春に開通すると述べた。',
      'قال رئيس البلدية يوم الثلاثاء إن الجسر الجديد سيفتح أمام حركة المرور في الربيع.',
    ];
    for (const text of texts) expect(detectLanguage(text), text).toBe('und');
  });

  it('gives "und" to texts too short to tell', () => {
    expect(detectLanguage('ok')).toBe('und');
    expect(detectLanguage('Berlin, Paris, Madrid')).toBe('und');
  });

  it('keeps a declared language and fills in a missing one', () => {
    const base = { url: 'https://x.example/a', title: 'T', source: 'X', published: null };
    const text =
      'Die Verhandlungen werden nächste Woche in der Hauptstadt fortgesetzt, sagte die Ministerin.';
    expect(withLanguage(makeArticle({ ...base, text })).language).toBe('de');
    expect(withLanguage(makeArticle({ ...base, text, language: 'fr' })).language).toBe('fr');
  });
});
