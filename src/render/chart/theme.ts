/**
 * Colours and sizes of the chart. A chart is one image for every reader, and
 * Discord shows it on a dark (#313338) or a white chat: the image carries its
 * own opaque background, so its contrast does not depend on the reader's
 * theme. `dark` is what the bot sends; `light` exists for print and for
 * checking that nothing depends on the background.
 *
 * Sizes are CSS pixels; the PNG is drawn at twice that. The width is chosen
 * for a phone: the picture is shown about 330 points wide there, so 15 px
 * text stays readable (about 11 points).
 *
 * @module
 */

/** A colour scheme of the chart. */
export interface Theme {
  name: 'dark' | 'light';
  background: string;
  text: string;
  /** Secondary text: subtitle, axis titles, the key. */
  muted: string;
  grid: string;
  axis: string;
  /** Series colours, in order; distinguishable for the common colour-vision deficiencies (after Okabe & Ito). */
  palette: readonly string[];
  /** The colour of series beyond the palette ("other sources"). */
  other: string;
}

/** Dark card: bright, saturated marks on a near-black slate. */
export const DARK: Theme = {
  name: 'dark',
  background: '#17191e',
  text: '#eceef2',
  muted: '#aab0ba',
  grid: '#2d323b',
  axis: '#5c6370',
  palette: ['#f5a524', '#58b7ee', '#3dd68c', '#f0e442', '#ef87c4', '#ff6e54', '#b39dff'],
  other: '#9aa0a8',
};

/** Light card: the same hues, darkened for white paper. */
export const LIGHT: Theme = {
  name: 'light',
  background: '#ffffff',
  text: '#1d2026',
  muted: '#565d68',
  grid: '#e6e8eb',
  axis: '#8a909a',
  palette: ['#c56a00', '#0072b2', '#008a63', '#9a8a00', '#b8508c', '#d13b1f', '#6a4fc9'],
  other: '#7a7f87',
};

export const THEMES = { dark: DARK, light: LIGHT } as const;

/** Layout in CSS pixels. */
export const SIZE = {
  /** Width of the plot area (the y axis labels come on top). */
  plotWidth: 370,
  plotHeight: 230,
  padding: 16,
  title: 19,
  subtitle: 14,
  text: 15,
  axisLabel: 14,
  markLabel: 14,
  lineHeight: 20,
  /** PNG pixels per CSS pixel. */
  scale: 2,
} as const;
