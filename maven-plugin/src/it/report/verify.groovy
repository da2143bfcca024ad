// The report goal (bound by default to verify) writes report.html, the week chart embedded and as
// week-base.svg, into target/scalegen-report; the week and the price file come from the POM.
def dir = new File(basedir, 'target/scalegen-report')
def html = new File(dir, 'report.html').text
assert html.contains('<svg ')
assert html.contains('Capacity report: shop')
assert html.contains('Europe/Berlin (UTC+01:00, UTC+02:00 from Sun 28 Mar 03:00)')
// 4 api pods of 2 vCPU and 3 workers of 1 vCPU at the minima: 11 vCPU requested.
assert html.contains('<td class="n">11.00</td>')
// Per hour at the minima: 11 vCPU x 0.04 + 19 GiB x 0.005 = 0.535 EUR.
assert html.contains('<th>EUR</th>')
assert html.contains('<td class="n">0.54</td>')
assert new File(dir, 'week-base.svg').text.startsWith('<?xml')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] target/scalegen-report (from scaling.yaml): 2 report files written')
