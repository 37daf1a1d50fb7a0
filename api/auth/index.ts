export { ROL_HEADER, ROL_SOORTEN, berichtIdentiteiten, rolUitScope, scopeVoorRol, type Rol, type RolSoort, type RolUitHeader } from './Rol';
export { authChecker } from './authChecker';
export { eigenAanbieder, gemeentenInScope, magBsnZien, requireGemeente, requireLeesrecht } from './scope';
