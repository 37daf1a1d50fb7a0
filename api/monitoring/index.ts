export { MonitoringFilter } from './MonitoringFilter';
export { monitoringScope, type MonitoringScope } from './scope';
export { onderdruk, MINIMUM_JEUGDIGEN, type Onderdrukbaar } from './onderdruk';
export { naarCsv, rapport, type CsvKolom, type Rapport } from './csv';
export { groepSql, groepKolommen, type Dimensie, type DimensieKolom, type GroepSql } from './groepering';
export { filterSql, type FilterKolommen, type FilterSql } from './filterSql';
