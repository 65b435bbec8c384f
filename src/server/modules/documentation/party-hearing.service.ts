// The documentation module's party-hearing use cases (partshøring, issue 12). Other parts call these,
// never the repository.
export {
  listPartyHearings,
  recordPartyHearingOutcome,
  sendForPartyHearing,
} from './services/party-hearing-manage.ts';
