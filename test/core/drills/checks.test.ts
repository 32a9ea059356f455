import { describe, expect, it } from 'vitest';
import { checkFargateTaskSize } from '../../../src/core/drills/fargate-size.js';
import { checkCloudRunLimits } from '../../../src/core/drills/cloudrun-limits.js';
import { checkLatestTag, checkPlainHttp, checkStaticCredentials } from '../../../src/core/drills/text-checks.js';
import { readCpu, readMemory } from '../../../src/core/drills/quantities.js';

describe('reading CPU and memory', () => {
  it.each([
    ['1 vCPU / 2 GB', 1, 2048],
    ['cpu 1024 memory 2048', 1, 2048],
    ['"cpu": "1024", "memory": "2048"', 1, 2048],
    ['0.5 vCPU 1GB', 0.5, 1024],
    ['.25 vCPU and 512 MiB', 0.25, 512],
    ['--cpu 1 --memory 512Mi', 1, 512],
    ['2048 CPU units, 4 GiB', 2, 4096],
    ['memory=2048 cpu=1024', 1, 2048],
    ['memory: 4096, cpu: 2048', 2, 4096],
    ['cpu=256 memory=512', 0.25, 512],
  ])('%s', (text, vcpu, mib) => {
    expect(readCpu(text)?.vcpu).toBe(vcpu);
    expect(readMemory(text)?.mib).toBe(mib);
  });
});

describe('fargate-task-size', () => {
  it.each(['1 vCPU / 2 GB', 'cpu 1024 memory 2048', '0.5 vCPU 1GB', '0.25 vCPU 512 MiB', '4 vCPU 30 GB', '8 vCPU 60 GB', '16 vCPU / 120 GB'])('accepts %s', (text) => {
    expect(checkFargateTaskSize(text).ok).toBe(true);
  });
  it.each([
    ['1 vCPU / 1 GB', 'fargate.resources: 1 vCPU / 1 GiB is not a valid Fargate pair; 1 vCPU allows 2 GiB–8 GiB in 1 GiB steps'],
    ['0.25 vCPU 4 GB', 'fargate.resources: 0.25 vCPU / 4 GiB is not a valid Fargate pair; 0.25 vCPU allows 512 MiB, 1 GiB, 2 GiB'],
    ['8 vCPU 18 GB', 'fargate.resources: 8 vCPU / 18 GiB is not a valid Fargate pair; 8 vCPU allows 16 GiB–60 GiB in 4 GiB steps'],
    ['3 vCPU 6 GB', 'fargate.resources: 3 vCPU is not a Fargate task CPU size; use 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU'],
  ])('rejects %s', (text, message) => {
    expect(checkFargateTaskSize(text)).toEqual({ id: 'fargate-task-size', ok: false, message });
  });
  it('says when nothing was stated', () => {
    expect(checkFargateTaskSize('small')).toMatchObject({ ok: true, message: expect.stringContaining('not checked') });
  });
  it('flags 32 vCPU as newer, to confirm', () => {
    expect(checkFargateTaskSize('32 vCPU 244 GB')).toMatchObject({ ok: true, message: expect.stringContaining('newer 32 vCPU') });
  });
});

describe('cloudrun-limits', () => {
  it.each(['1 vCPU, 512 MiB, concurrency 80', '--cpu 2 --memory 8Gi --concurrency 1000', '0.5 vCPU 1 GiB concurrency 1', '8 vCPU 32 GiB'])('accepts %s', (text) => {
    expect(checkCloudRunLimits(text).ok).toBe(true);
  });
  it.each([
    ['16 vCPU 32 GiB', "16 vCPU is above Cloud Run's maximum of 8 vCPU"],
    ['3 vCPU 4 GiB', 'not allowed; above 1, Cloud Run takes 2, 4, 6 or 8 vCPU'],
    ['2 vCPU 64 GiB', "64 GiB is above Cloud Run's maximum of 32 GiB"],
    ['1 vCPU 8 GiB', '8 GiB does not fit 1 vCPU, which allows 128 MiB–4 GiB'],
    ['1 vCPU 2 GiB concurrency 5000', "concurrency 5000 is above Cloud Run's maximum of 1000"],
    ['0.5 vCPU 512 MiB concurrency 80', 'below 1 vCPU concurrency must be 1, not 80'],
  ])('rejects %s', (text, words) => {
    const r = checkCloudRunLimits(text);
    expect(r.ok).toBe(false);
    expect(r.message).toContain(words);
  });
});

describe('text checks', () => {
  it('static credentials: keys are called out, denials pass', () => {
    expect(checkStaticCredentials({ 'fargate.identity': 'Put AKIAABCDEFGHIJKLMNOP in the env.' })).toMatchObject({ ok: false, message: expect.stringMatching(/^fargate\.identity: static credentials/) });
    expect(checkStaticCredentials({ 'cloudrun.identity': 'Pass an access key and secret key as env vars.' }).ok).toBe(false);
    expect(checkStaticCredentials({ 'fargate.identity': 'Task role; never static access keys.' }).ok).toBe(true);
    expect(checkStaticCredentials({ 'fargate.identity': 'Task role for S3.' })).toEqual({ id: 'static-credentials', ok: true, message: 'no static credentials' });
  });
  it('plain HTTP: public http URLs and plain HTTP to clients are called out', () => {
    expect(checkPlainHttp({ 'fargate.tls': 'Clients call http://api.example.com directly.' }).ok).toBe(false);
    expect(checkPlainHttp({ 'fargate.tls': 'Plain HTTP listener on port 80 for the public.' }).ok).toBe(false);
    expect(checkPlainHttp({ 'fargate.tls': 'The ALB ends TLS and sends plain HTTP to the tasks inside the VPC.' }).ok).toBe(true);
    expect(checkPlainHttp({ 'fargate.tls': 'Listener on port 80 redirects to 443.' }).ok).toBe(true);
    expect(checkPlainHttp({ 'fargate.image': 'health check curl -f http://localhost:8080/healthz' }).ok).toBe(true);
  });
  it.each([
    ['fargate.tls', 'Users hit the HTTPS endpoint and the container receives plain HTTP on $PORT.'],
    ['cloudrun.tls', 'Clients use the HTTPS URL; the app listens for plain HTTP on $PORT inside the container.'],
    ['fargate.tls', 'The public listener is HTTPS on 443, while the targets get plain HTTP.'],
  ])('plain HTTP kept inside, with HTTPS for users, passes: %s %s', (section, text) => {
    expect(checkPlainHttp({ [section]: text })).toEqual({ id: 'plain-http', ok: true, message: 'no plain HTTP to the internet' });
  });
  it.each([
    'Static credentials are a bad idea.',
    'The task role replaces access keys.',
    'Access keys in env vars would leak; the task role gives temporary credentials.',
    'No need for access keys: the task role covers S3.',
    'Hard-coded secrets are an anti-pattern, so the service account is used.',
  ])('static credentials talked down pass: %s', (text) => {
    expect(checkStaticCredentials({ 'fargate.identity': text }).ok).toBe(true);
  });
  it.each([
    'The latest tag is mutable, so we use the git SHA.',
    'Use the git SHA instead of :latest.',
    'Pinning :latest is risky; tag with the commit SHA.',
  ])('latest talked down passes: %s', (text) => {
    expect(checkLatestTag({ 'fargate.image': text }).ok).toBe(true);
  });
  it('still catches the practice when it is recommended', () => {
    expect(checkStaticCredentials({ 'fargate.identity': 'Store the access keys in env vars and the app reads them.' }).ok).toBe(false);
    expect(checkLatestTag({ 'fargate.image': 'Push and deploy flask-api:latest from CI.' }).ok).toBe(false);
    expect(checkPlainHttp({ 'cloudrun.tls': 'Users reach it over plain HTTP on port 80.' }).ok).toBe(false);
  });
  it('latest tags are called out, denials pass', () => {
    expect(checkLatestTag({ 'cloudrun.image': 'Deploy flask-api:latest.' })).toMatchObject({ ok: false, message: expect.stringMatching(/^cloudrun\.image: a :latest image tag/) });
    expect(checkLatestTag({ 'cloudrun.image': 'Tag with the Git SHA, not :latest.' }).ok).toBe(true);
  });
});
