export { HomeModule } from './home.module';
export { HOME_RESOLVERS } from './home.resolver';
export { HomeService, PendingRequests } from './home.service';
export { homeLibrary } from './home.library';
