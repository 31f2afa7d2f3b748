import type { LoadedSpec } from '../load/spec.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { YamlPath } from '../load/yaml.js';

/**
 * What the `consultation` block cannot say on its own because it depends on the procedure: checked before the DCE is
 * composed, every problem at once, each at its file:line:col.
 */
export function checkConsultation(loaded: LoadedSpec): Diagnostic[] {
  const { spec, source } = loaded;
  const c = spec.consultation;
  const procedure = spec.tender.procedure;
  const award = procedure === 'marche-global-performance' ? c.award_procedure ?? 'appel-offres-ouvert' : procedure;
  const out: Diagnostic[] = [];
  const at = (path: YamlPath, code: string, message: string): void => {
    out.push({ code, severity: 'error', message, path, ...source.positionOf(path) });
  };
  if (c.negotiation && c.negotiation !== 'none' && (award === 'appel-offres-ouvert' || award === 'appel-offres-restreint')) {
    at(['consultation', 'negotiation'], 'consultation-negotiation', `an appel d'offres allows no negotiation (CCP L2124-2): negotiation must be none, not ${c.negotiation}`);
  }
  if (c.negotiation === 'none' && (award === 'dialogue-competitif' || award === 'procedure-avec-negociation')) {
    at(['consultation', 'negotiation'], 'consultation-negotiation', `a ${award} negotiates by definition: negotiation cannot be none`);
  }
  if (c.award_procedure && procedure !== 'marche-global-performance') {
    at(['consultation', 'award_procedure'], 'consultation-award-procedure', 'award_procedure is only for a marché global de performance (tender.procedure: marche-global-performance)');
  }
  if (c.deadline && c.deadline.date <= spec.tender.consultation_start) {
    at(['consultation', 'deadline', 'date'], 'consultation-deadline', `the deadline (${c.deadline.date}) must fall after the launch of the consultation (tender.consultation_start: ${spec.tender.consultation_start})`);
  }
  if (c.questions_until && c.questions_until < spec.tender.consultation_start) {
    at(['consultation', 'questions_until'], 'consultation-deadline', `questions_until (${c.questions_until}) falls before the launch of the consultation (${spec.tender.consultation_start})`);
  }
  if (spec.tender.lots.length && c.lots_not_divided_reason) {
    at(['consultation', 'lots_not_divided_reason'], 'consultation-lots', 'the tender has lots: lots_not_divided_reason does not apply');
  }
  return out;
}
