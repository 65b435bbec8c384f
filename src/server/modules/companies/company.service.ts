// The companies module's use cases: companies (shared master data per CVR number), each provider's
// partnerships and local partners, and the binding-partnership indicator. Other modules call these
// (e.g. findOrCreateCompanyByCvr), never the repository.
export {
  createCompany,
  findOrCreateCompanyByCvr,
  getCompany,
  searchCompanies,
  updateCompany,
} from './services/manage-companies.ts';
export { createPartnership, deletePartnership, updatePartnership } from './services/manage-partnerships.ts';
export {
  createLocalPartner,
  deleteLocalPartner,
  updateLocalPartner,
} from './services/manage-local-partners.ts';
export { getNetworkOverview, getProviderNetwork } from './services/read-network.ts';
export { exportProviderNetwork } from './services/export-network.ts';
