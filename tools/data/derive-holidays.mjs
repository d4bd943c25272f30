// Derives src/Zhijian.Platform/Calendar/Data/holidays.json from the npm package chinese-days.
// Development-time only; the package is never a dependency of the product.
//
//   cd /tmp && npm pack chinese-days@1.5.7 && tar xzf chinese-days-1.5.7.tgz
//   node tools/data/derive-holidays.mjs /tmp/package > src/Zhijian.Platform/Calendar/Data/holidays.json
//
// What it does beyond copying:
// - keys every day by the State Council notice (放假安排) it belongs to, not by its calendar year:
//   a 元旦 day in late December (2022-12-31) belongs to the next year's notice;
// - uses the festival names of the notices (清明 → 清明节, 端午 → 端午节, 中秋 → 中秋节) and, where the
//   notice gives Mid-Autumn and National Day as one span, the notice's combined heading;
// - drops chinese-days' inLieuDays (which weekday is "in lieu" of which weekend day): days off either way.
// To add a year: add it to NOTICES (number and gov.cn address of the notice), bump the package version
// once it carries the year, rerun, and check the output against the notice line by line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkgDir = process.argv[2] ?? '/tmp/package';
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const DATE = process.env.DERIVED_ON ?? new Date().toISOString().slice(0, 10);

const NOTICES = {
  2020: '国办发明电〔2019〕16号（https://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm）；'
    + '国办发明电〔2020〕1号 延长春节假期至2月2日，2月1日（星期六）不再上班（https://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm）',
  2021: '国办发明电〔2020〕27号（https://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm）',
  2022: '国办发明电〔2021〕11号（https://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm）',
  2023: '国办发明电〔2022〕16号（https://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm）',
  2024: '国办发明电〔2023〕7号（https://www.gov.cn/zhengce/content/202310/content_6911527.htm）',
  2025: '国办发明电〔2024〕12号（https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm）',
  2026: '国办发明电〔2025〕7号（https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm）',
};
// Years whose notice gives Mid-Autumn and National Day as one span, with the notice's heading.
const COMBINED = { 2020: '国庆节、中秋节', 2023: '中秋节、国庆节', 2025: '国庆节、中秋节' };
const NAMES = { 元旦: '元旦', 春节: '春节', 清明: '清明节', 劳动节: '劳动节', 端午: '端午节', 中秋: '中秋节', 国庆节: '国庆节' };

const years = Object.keys(NOTICES).map(Number);
const schedules = new Map(years.map((y) => [y, { holidays: [], makeupDays: [] }]));

for (let file = years[0] - 1; file <= years[years.length - 1]; file++) {
  const data = JSON.parse(readFileSync(join(pkgDir, 'dist', 'years', `${file}.json`), 'utf8'));
  for (const [field, target] of [['holidays', 'holidays'], ['workdays', 'makeupDays']]) {
    for (const [date, label] of Object.entries(data[field])) {
      const short = label.split(',')[1];
      let name = NAMES[short];
      if (!name) throw new Error(`unknown festival ${label} on ${date}`);
      let year = Number(date.slice(0, 4));
      if (name === '元旦' && date.slice(5, 7) === '12') year += 1; // belongs to next year's notice
      const schedule = schedules.get(year);
      if (!schedule) continue;
      if (COMBINED[year] && (name === '中秋节' || name === '国庆节')) name = COMBINED[year];
      schedule[target].push({ date, name });
    }
  }
}

const day = (d) => `      { "date": "${d.date}", "name": "${d.name}" }`;
const byDate = (a, b) => a.date.localeCompare(b.date);
const out = [];
out.push('{');
out.push(`  "source": "npm ${pkg.name} ${pkg.version} (MIT, dist/years/YYYY.json), checked line by line against the State Council notices (国务院办公厅关于部分节假日安排的通知) named per year",`);
out.push(`  "date": "${DATE}",`);
out.push('  "years": [');
years.forEach((y, i) => {
  const s = schedules.get(y);
  out.push('    {');
  out.push(`      "year": ${y},`);
  out.push(`      "source": "${NOTICES[y]}",`);
  out.push('      "holidays": [');
  out.push(s.holidays.sort(byDate).map((d) => '  ' + day(d)).join(',\n'));
  out.push('      ],');
  out.push('      "makeupDays": [');
  out.push(s.makeupDays.sort(byDate).map((d) => '  ' + day(d)).join(',\n'));
  out.push('      ]');
  out.push(i === years.length - 1 ? '    }' : '    },');
});
out.push('  ]');
out.push('}');
process.stdout.write(out.join('\n') + '\n');
