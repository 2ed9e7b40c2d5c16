-- CPFR exceptions on forecast accuracy (FORECAST_ERROR, FORECAST_BIAS) name the side whose
-- forecast breaks the criterion: PARTNER or OURS; null for the other metrics
alter table cpfr_exception add column side varchar(8);
