import { buildBriefing } from '../src/core/briefing.js';
const p = ['All twelve ports on the northern coast closed on Monday as the storm arrived, the coastguard said.','About 4,000 dock workers were sent home and 300 ships stayed at anchor outside the harbours.','The regional government promised 20 million euros in emergency aid for the fishing towns.','Forecasters expect the wind to drop by Wednesday, when the ports could reopen.','Shipping companies said deliveries of fuel and food would be delayed by at least three days.'].join(' ');
const paragraphs = ['Storm closes every port on the northern coast'];
while (paragraphs.join('\n').length < 5 * 1024 * 1024) paragraphs.push(p);
let t = performance.now();
buildBriefing([{ id: 'big', paragraphs }]); console.log('build', (performance.now() - t).toFixed(0));
