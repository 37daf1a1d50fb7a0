export { ROL_HEADER, parseRol, type Rol, type RolSoort, type RolUitHeader } from './Rol';
export { authChecker } from './authChecker';
export { gemeentenInScope, magBsnZien, requireGemeente, requireLeesrecht } from './scope';
