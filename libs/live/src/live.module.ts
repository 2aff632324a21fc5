import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { IdentityModule } from '@ouvroir/identity';
import { LiveAnswers } from './live-answers';
import { LiveRooms } from './live-rooms';
import { LiveGateway } from './live.gateway';

@Module({
  imports: [DiscoveryModule, IdentityModule],
  providers: [LiveRooms, LiveAnswers, LiveGateway],
  exports: [LiveAnswers],
})
export class LiveModule {}
