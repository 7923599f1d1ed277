/**
 * Licences of what Hearth prints (issue 19): the Easy Read pictures are OpenMoji's, under CC BY-SA 4.0,
 * which asks for this attribution wherever they are shown; the fonts are under the SIL Open Font Licence.
 */
export function PictureCredits() {
  return (
    <section className="panel" aria-labelledby="credits-heading">
      <h2 id="credits-heading">About the pictures and fonts in letters</h2>
      <p>
        The pictures in Easy Read letters are from OpenMoji, the open-source emoji and icon project (openmoji.org), version 17.0.0, licensed
        under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0). Each picture’s designer is named in templates/pictures/pictures.json.
      </p>
      <p>
        Letters are printed in DejaVu Sans, Noto Emoji, and Noto Sans Arabic, Bengali, Gujarati, Gurmukhi, Ethiopic, SC (Chinese) and Tamil, under the
        SIL Open Font Licence 1.1.
      </p>
    </section>
  );
}
