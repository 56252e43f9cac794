/**
 * Mermaid's look in each site theme: the `base` theme with the site's palette, so
 * diagrams match the page and keep readable contrast in dark mode. Part of the cache
 * key: a change here renders every diagram again.
 */
const FONT = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const MERMAID_THEMES = {
  light: {
    theme: 'base',
    fontFamily: FONT,
    themeVariables: {
      fontFamily: FONT,
      background: '#ffffff',
      primaryColor: '#eef1fd',
      primaryTextColor: '#1d1f23',
      primaryBorderColor: '#3b5bdb',
      secondaryColor: '#f3f3f1',
      tertiaryColor: '#ffffff',
      lineColor: '#5b616b',
      textColor: '#1d1f23',
      edgeLabelBackground: '#ffffff',
      clusterBkg: '#f7f7f5',
      clusterBorder: '#c9c9c3',
      noteBkgColor: '#fdf1dc',
      noteTextColor: '#1d1f23',
    },
  },
  dark: {
    theme: 'base',
    fontFamily: FONT,
    themeVariables: {
      darkMode: true,
      fontFamily: FONT,
      background: '#181b20',
      primaryColor: '#1f2741',
      primaryTextColor: '#e6e8eb',
      primaryBorderColor: '#8ea6ff',
      secondaryColor: '#262a31',
      tertiaryColor: '#20242b',
      lineColor: '#a0a7b2',
      textColor: '#e6e8eb',
      titleColor: '#e6e8eb',
      edgeLabelBackground: '#20242b',
      clusterBkg: '#20242b',
      clusterBorder: '#3a404a',
      noteBkgColor: '#36290f',
      noteTextColor: '#e6e8eb',
    },
  },
} as const;
