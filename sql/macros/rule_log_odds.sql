-- macro rule_log_odds(w): the log-odds a fired rule of weight w adds, ln((1 + w) / (1 - w)), with w capped
-- at 0.99 so that no rule is certainty on its own (ecoaudit.calibration.weight_log_odds is its twin).
create or replace macro rule_log_odds(w) as ln((1 + least(w, 0.99)) / (1 - least(w, 0.99)))
