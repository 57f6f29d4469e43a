import { nodeIdentity } from '../check/baseline.js';
import type { Reporter } from './context.js';
import { isBaselined } from './context.js';

const informationUri = 'https://github.com/presswork/presswork';

/**
 * SARIF 2.1.0 for code-scanning uploads. Content problems point at their
 * line; accessibility violations point at the article file, with the
 * rendered format and element in the message.
 */
export const sarif: Reporter = (results, context) => {
  const rules = new Map<string, Record<string, unknown>>();
  const sarifResults: Array<Record<string, unknown>> = [];
  const uri = (file: string) => file.split('\\').join('/');
  for (const result of results) {
    for (const issue of result.issues) {
      rules.set('content/invalid', { id: 'content/invalid', name: 'InvalidContent', shortDescription: { text: 'Content is not a valid presswork article' }, helpUri: `${informationUri}/blob/main/docs/authoring.md` });
      sarifResults.push({
        ruleId: 'content/invalid',
        level: 'error',
        message: { text: `${issue.message} (at ${issue.path})` },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(result.file) }, ...(issue.line && { region: { startLine: issue.line, startColumn: issue.column ?? 1 } }) } }],
      });
    }
    for (const report of result.reports) {
      for (const violation of report.violations) {
        const ruleId = `${violation.source}/${violation.id}`;
        rules.set(ruleId, {
          id: ruleId,
          name: violation.id,
          shortDescription: { text: violation.description },
          fullDescription: { text: violation.help },
          helpUri: violation.helpUrl,
          properties: { tags: ['accessibility', ...violation.wcag.map((criterion) => `WCAG ${criterion}`)] },
        });
        for (const node of violation.nodes) {
          const known = isBaselined(result, report.format, `${violation.id}|${nodeIdentity(node)}`);
          sarifResults.push({
            ruleId,
            level: violation.impact === 'minor' ? 'note' : violation.impact === 'moderate' ? 'warning' : 'error',
            message: { text: `${violation.help} — ${report.format} output, ${node.target.join(' ')}: ${node.html.slice(0, 200)}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(result.file) }, ...(node.line && result.kind === 'page' && { region: { startLine: node.line } }) } }],
            partialFingerprints: { 'presswork/v1': `${report.format}:${violation.id}:${nodeIdentity(node)}` },
            ...(known && { baselineState: 'unchanged' }),
          });
        }
      }
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'presswork', version: context.version, informationUri, rules: [...rules.values()] } }, results: sarifResults }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
