// Draws the sample pictures in content/media (SVG, CC0): stand-ins for a newsroom's photos, so the
// bundled articles look complete offline. Deterministic: run it again and the files do not change.
// Usage: node scripts/make-sample-media.mjs
import { writeFileSync } from 'node:fs';

const out = new URL('../content/media/', import.meta.url);

/** A small deterministic random number generator (mulberry32). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r1 = (n) => Math.round(n * 10) / 10;
const svg = (width, height, body, { outputWidth = width, outputHeight = height } = {}) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${outputWidth}" height="${outputHeight}" viewBox="0 0 ${width} ${height}">\n${body}\n</svg>\n`;

/** A person seen from the front: head, body, optional raised arms. */
function person(x, y, scale, colour, skin, { arms = false } = {}) {
  const s = scale;
  return (
    `<g transform="translate(${r1(x)} ${r1(y)}) scale(${s})"><rect x="-14" y="-10" width="28" height="56" rx="12" fill="${colour}"/>` +
    `${arms ? `<path d="M-12 0 L-26 -26 M12 0 L26 -26" stroke="${colour}" stroke-width="9" stroke-linecap="round"/>` : ''}` +
    `<circle cx="0" cy="-24" r="12" fill="${skin}"/><rect x="-12" y="44" width="9" height="30" fill="#2b2b33"/><rect x="3" y="44" width="9" height="30" fill="#2b2b33"/></g>`
  );
}
const skins = ['#8d5524', '#c68642', '#e0ac69', '#f1c27d', '#ffdbac', '#5c3a21'];
const cloth = ['#c0392b', '#2e86c1', '#27ae60', '#f39c12', '#8e44ad', '#16a085', '#d35400', '#34495e'];

function lanterns() {
  const rand = random(1986);
  let lights = '';
  for (let i = 0; i < 140; i++) {
    const depth = rand();
    const y = 640 + depth * 400;
    const x = rand() * 1600;
    const size = 8 + depth * 26;
    const hue = ['#ffb347', '#ffd27f', '#ff8c42', '#ffe29a'][i % 4];
    lights +=
      `<g><ellipse cx="${r1(x)}" cy="${r1(y + size * 1.4)}" rx="${r1(size * 0.9)}" ry="${r1(size * 0.25)}" fill="${hue}" opacity=".35"/>` +
      `<rect x="${r1(x - size / 2)}" y="${r1(y - size / 2)}" width="${r1(size)}" height="${r1(size * 1.1)}" rx="${r1(size / 4)}" fill="url(#glow)"/></g>`;
  }
  const body = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0a1230"/><stop offset="1" stop-color="#24335c"/></linearGradient>
<radialGradient id="glow"><stop offset="0" stop-color="#fff4c2"/><stop offset=".6" stop-color="#ffb347"/><stop offset="1" stop-color="#e0671f"/></radialGradient>
<linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#141d3a"/><stop offset="1" stop-color="#05080f"/></linearGradient></defs>
<rect width="1600" height="1067" fill="url(#sky)"/>
<rect y="600" width="1600" height="467" fill="url(#water)"/>
<path d="M0 600 L0 330 L1600 330 L1600 600 L1460 600 A200 190 0 0 0 1060 600 L1000 600 A200 190 0 0 0 600 600 L540 600 A200 190 0 0 0 140 600 Z" fill="#4a4f5c"/>
<rect y="300" width="1600" height="34" fill="#5d6372"/>
${[160, 620, 1080].map((x) => `<rect x="${x + 160}" y="250" width="6" height="50" fill="#3a3f4a"/><circle cx="${x + 163}" cy="244" r="10" fill="#ffe9a8"/>`).join('')}
${lights}`;
  return body;
}

function regatta() {
  const rand = random(500);
  const boat = (x, y, colour) => {
    let oars = '';
    for (let i = 0; i < 8; i++) {
      const ox = x + 60 + i * 52;
      oars +=
        `<line x1="${ox}" y1="${y}" x2="${ox - 30}" y2="${y + 70}" stroke="#e8e2d0" stroke-width="5"/>` +
        `<circle cx="${ox}" cy="${y - 26}" r="11" fill="${skins[i % skins.length]}"/><rect x="${ox - 10}" y="${y - 16}" width="20" height="20" rx="5" fill="${colour}"/>`;
      for (let s = 0; s < 4; s++) oars += `<circle cx="${r1(ox - 30 + rand() * 24 - 12)}" cy="${r1(y + 70 + rand() * 14 - 7)}" r="${r1(3 + rand() * 6)}" fill="#ffffff" opacity=".85"/>`;
    }
    return `<path d="M${x} ${y} L${x + 480} ${y} L${x + 520} ${y - 6} L${x + 480} ${y + 12} L${x} ${y + 12} L${x - 30} ${y + 2} Z" fill="#f4f1e8"/>${oars}`;
  };
  return `<rect width="1200" height="800" fill="#bfe0f5"/><path d="M0 260 Q300 200 600 250 T1200 230 L1200 330 L0 330 Z" fill="#5f9c4b"/>
<rect y="320" width="1200" height="480" fill="#3a7ca5"/>
${[0, 1, 2, 3, 4, 5].map((i) => `<path d="M0 ${380 + i * 70} Q300 ${370 + i * 70} 600 ${385 + i * 70} T1200 ${378 + i * 70}" stroke="#6fa8c9" stroke-width="3" fill="none" opacity=".6"/>`).join('')}
${boat(280, 420, '#c0392b')}${boat(180, 600, '#1f4e79')}`;
}

function market() {
  const rand = random(20);
  let stalls = '';
  for (let row = 0; row < 2; row++) {
    for (let i = 0; i < 7; i++) {
      const x = 40 + i * 170 + row * 60;
      const y = 360 + row * 170;
      const colour = cloth[(i + row * 3) % cloth.length];
      stalls +=
        `<rect x="${x + 20}" y="${y + 40}" width="110" height="70" fill="#8a6a4f"/><rect x="${x + 22}" y="${y + 30}" width="106" height="14" fill="#e9d8a6"/>` +
        `<line x1="${x + 75}" y1="${y - 40}" x2="${x + 75}" y2="${y + 40}" stroke="#555" stroke-width="4"/><path d="M${x} ${y - 20} Q${x + 75} ${y - 110} ${x + 150} ${y - 20} Z" fill="${colour}"/>`;
    }
  }
  let people = '';
  for (let i = 0; i < 26; i++) people += person(40 + rand() * 1120, 700 + rand() * 60, 0.9 + rand() * 0.4, cloth[i % cloth.length], skins[i % skins.length]);
  return `<rect width="1200" height="800" fill="#cfd8dc"/>
${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${i * 205}" y="${60 + (i % 3) * 30}" width="190" height="400" fill="${['#b5838d', '#e5989b', '#a3b18a', '#ddbea9', '#b7b7a4', '#cb997e'][i]}"/>${[0, 1, 2].map((w) => `<rect x="${i * 205 + 25 + w * 55}" y="${110 + (i % 3) * 30}" width="35" height="50" fill="#f7f3e3" opacity=".8"/>`).join('')}`).join('')}
<rect y="560" width="1200" height="240" fill="#9e9e9e"/>${stalls}${people}`;
}

function workshop() {
  const rand = random(7);
  let children = '';
  for (let i = 0; i < 7; i++) children += person(130 + i * 150, 470, 1.1, cloth[(i + 2) % cloth.length], skins[(i + 1) % skins.length]);
  let lanternsOnTable = '';
  for (let i = 0; i < 9; i++) lanternsOnTable += `<rect x="${r1(110 + i * 115 + rand() * 20)}" y="548" width="44" height="38" rx="8" fill="${['#ffd166', '#ef476f', '#06d6a0', '#f78c6b'][i % 4]}"/>`;
  let hanging = '<path d="M0 120 Q600 220 1200 120" stroke="#6d4c41" stroke-width="3" fill="none"/>';
  for (let i = 1; i < 12; i++) {
    const x = i * 100;
    const y = 120 + Math.sin((i / 12) * Math.PI) * 75;
    hanging += `<line x1="${x}" y1="${r1(y)}" x2="${x}" y2="${r1(y + 25)}" stroke="#6d4c41" stroke-width="2"/><rect x="${x - 18}" y="${r1(y + 25)}" width="36" height="46" rx="10" fill="${['#ffd166', '#ef476f', '#06d6a0', '#118ab2'][i % 4]}"/>`;
  }
  return `<rect width="1200" height="800" fill="#f3e9d2"/><path d="M0 0 L600 80 L1200 0 Z" fill="#e3d5b8"/>${hanging}
${children}<rect x="60" y="560" width="1080" height="40" fill="#8d6e63"/>${lanternsOnTable}<rect x="60" y="600" width="1080" height="14" fill="#6d4c41"/>
<rect x="100" y="614" width="20" height="186" fill="#5d4037"/><rect x="1080" y="614" width="20" height="186" fill="#5d4037"/>`;
}

function bunting() {
  let flags = '<path d="M0 30 Q300 80 600 30 T1200 30" stroke="#555" stroke-width="3" fill="none"/>';
  for (let i = 0; i < 24; i++) {
    const x = i * 50 + 5;
    const y = 30 + Math.abs(Math.sin(((i * 50) / 600) * Math.PI)) * 40 * 0.62;
    flags += `<path d="M${x} ${r1(y)} L${x + 40} ${r1(y)} L${x + 20} ${r1(y + 60)} Z" fill="${cloth[i % cloth.length]}"/>`;
  }
  return `<rect width="1200" height="200" fill="#fdf6e3"/>${flags}`;
}

function founders() {
  let people = '';
  for (let i = 0; i < 5; i++) people += person(300 + i * 110, 420, 1.5, ['#444', '#666', '#555', '#777', '#3d3d3d'][i], ['#bbb', '#999', '#aaa', '#c4c4c4', '#8c8c8c'][i]);
  return `<defs><filter id="grain"><feTurbulence type="fractalNoise" baseFrequency=".9" numOctaves="2" seed="4"/><feColorMatrix type="saturate" values="0"/><feBlend in="SourceGraphic" mode="multiply"/></filter></defs>
<g filter="url(#grain)"><rect width="1000" height="700" fill="#d9d9d9"/><rect y="300" width="1000" height="120" fill="#8f8f8f"/>
<path d="M600 300 A80 60 0 0 1 760 300 M760 300 A80 60 0 0 1 920 300" stroke="#5f5f5f" stroke-width="14" fill="none"/><rect x="560" y="268" width="400" height="14" fill="#5f5f5f"/>
<rect x="40" y="330" width="200" height="12" fill="#4d4d4d"/>${[60, 120, 180].map((x) => `<rect x="${x}" y="330" width="8" height="50" fill="#4d4d4d"/>`).join('')}
<path d="M70 370 Q150 400 230 370 L220 390 Q150 410 80 390 Z" fill="#3d3d3d"/>
<rect y="410" width="1000" height="290" fill="#a6a6a6"/>${people}
<rect x="270" y="440" width="500" height="70" fill="#f2f2f2" stroke="#333" stroke-width="3"/>
<text x="520" y="486" font-family="Georgia, serif" font-size="30" text-anchor="middle" fill="#222">Riverton River Festival</text></g>`;
}

function videoPoster() {
  return `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0d1b2a"/><stop offset="1" stop-color="#1b263b"/></linearGradient></defs>
<rect width="1280" height="720" fill="url(#bg)"/>
<rect x="40" y="460" width="8" height="180" fill="#c1121f"/>
<rect x="760" y="150" width="110" height="240" fill="#283618"/><rect x="900" y="150" width="110" height="240" fill="#3a86ff"/>
${person(700, 430, 2.6, '#22223b', '#e0ac69')}${person(1050, 430, 2.6, '#1d3557', '#f1c27d')}
<rect x="560" y="470" width="660" height="200" fill="#0d1b2a" opacity=".85"/>
<text x="72" y="520" font-family="Liberation Sans, Arial, sans-serif" font-size="30" font-weight="700" fill="#ffffff" letter-spacing="3">VIDEO</text>
<text x="72" y="580" font-family="Liberation Sans, Arial, sans-serif" font-size="46" font-weight="700" fill="#ffffff">Hegseth meets Healey</text>
<text x="72" y="630" font-family="Liberation Sans, Arial, sans-serif" font-size="30" fill="#d9d9d9">March 6, 2025</text>`;
}

const files = {
  'festival-lanterns-1600.svg': svg(1600, 1067, lanterns()),
  'festival-lanterns-800.svg': svg(1600, 1067, lanterns(), { outputWidth: 800, outputHeight: 534 }),
  'festival-regatta.svg': svg(1200, 800, regatta()),
  'festival-market.svg': svg(1200, 800, market()),
  'festival-workshop.svg': svg(1200, 800, workshop()),
  'festival-bunting.svg': svg(1200, 200, bunting()),
  'festival-founders-1986.svg': svg(1000, 700, founders()),
  'hegseth-healey-meeting-poster.svg': svg(1280, 720, videoPoster()),
};
for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, out), text);
console.log(`${Object.keys(files).length} pictures written to content/media/`);
