/**
 * Close to how the platforms draw messages (Slack's light message column, Discord's dark theme and embeds),
 * without their fonts or images: the preview is about layout, length and wording.
 */
export const PREVIEW_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.46 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; background: #f4f4f5; color: #1d1c1d; }
header.page { padding: 12px 24px; background: #1d1c1d; color: #fff; }
header.page a { color: #9ecbff; }
header.page h1 { margin: 0; font-size: 20px; }
main { padding: 16px 24px; }
.index li { margin: 4px 0; }
.warnings { background: #fff4ce; border: 1px solid #e0b400; border-radius: 6px; padding: 8px 14px; margin-bottom: 16px; }
.warnings h2 { font-size: 15px; margin: 0 0 4px; }
.warnings ul { margin: 0; padding-left: 20px; }
.ok { color: #2e7d32; }
.platforms { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; align-items: start; }
@media (max-width: 1000px) { .platforms { grid-template-columns: minmax(0, 1fr); } }
.platform h2 { font-size: 16px; margin: 0 0 8px; }
.command { font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; color: #616061; margin: 12px 0 4px; padding: 0 16px; }
.discord .command { color: #949ba4; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.cards figure { margin: 0; width: 300px; }
.cards img { width: 300px; min-height: 60px; border: 1px solid #ddd; border-radius: 6px; background: #fff; display: block; font-size: 13px; color: #616061; padding: 4px; }
.cards figcaption { font-size: 12px; color: #616061; }

.slack { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 8px 0; font-family: Lato, "Helvetica Neue", Helvetica, Arial, sans-serif; }
.sk-message { display: flex; gap: 8px; padding: 8px 20px; }
.sk-message:hover { background: #f8f8f8; }
.sk-avatar { flex: 0 0 36px; height: 36px; border-radius: 4px; background: #2f6fb5; color: #fff; font-weight: 700; display: flex; align-items: center; justify-content: center; }
.sk-body { min-width: 0; flex: 1; }
.sk-sender { font-size: 15px; }
.sk-app { font-size: 10px; font-weight: 700; color: #616061; background: #e8e8e8; padding: 1px 3px; border-radius: 2px; }
.sk-header { font-size: 18px; font-weight: 900; line-height: 1.33; margin: 8px 0 4px; }
.sk-section { margin: 4px 0; overflow-wrap: anywhere; }
.sk-context { font-size: 12px; color: #616061; margin: 2px 0 6px; overflow-wrap: anywhere; }
.sk-divider { border: 0; border-top: 1px solid #dddddd; margin: 12px 0; }
.sk-quote { margin: 0; padding-left: 12px; border-left: 4px solid #dddddd; }
.sk-mention { background: #e8f5fa; color: #1264a3; border-radius: 3px; }
.slack a { color: #1264a3; text-decoration: none; }
.sk-actions button { font: inherit; font-size: 13px; font-weight: 700; padding: 4px 12px; background: #fff; border: 1px solid #bbb; border-radius: 4px; color: #1d1c1d; }

.discord { background: #313338; color: #dbdee1; border-radius: 8px; padding: 8px 0; font-family: "gg sans", "Noto Sans", "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 16px; line-height: 1.375; }
.dc-message { padding: 4px 16px; }
.dc-sender { display: flex; align-items: center; gap: 8px; color: #f2f3f5; }
.dc-avatar { width: 32px; height: 32px; border-radius: 50%; background: #5865f2; color: #fff; font-size: 13px; font-weight: 700; display: inline-flex; align-items: center; justify-content: center; }
.dc-app { font-size: 10px; font-weight: 600; background: #5865f2; color: #fff; padding: 0 4px; border-radius: 3px; }
.dc-content { margin: 2px 0 4px; overflow-wrap: anywhere; }
.dc-embed { max-width: 520px; background: #2b2d31; border-left: 4px solid #1e1f22; border-radius: 4px; padding: 8px 16px 12px 12px; margin: 4px 0; font-size: 14px; overflow-wrap: anywhere; }
.dc-author { font-size: 14px; font-weight: 600; color: #f2f3f5; margin-top: 4px; }
.dc-title { font-size: 16px; font-weight: 600; color: #f2f3f5; margin-top: 4px; }
.dc-description { margin-top: 6px; }
.dc-fields { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; margin-top: 8px; }
.dc-field { grid-column: 1 / -1; }
.dc-field.dc-inline { grid-column: auto; }
.dc-field-name { font-weight: 600; color: #f2f3f5; margin-bottom: 2px; }
.dc-footer { font-size: 12px; color: #b5bac1; margin-top: 8px; }
.dc-bullet { display: inline-block; width: 1.2em; }
.discord a { color: #00a8fc; text-decoration: none; }
`;
