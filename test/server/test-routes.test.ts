import { expect } from '@open-wc/testing';
it('answers with the status asked for', async () => {
  const r = await fetch('/__test__/x?status=503&type=text/plain&body=down');
  expect(r.status).to.equal(503);
  expect(await r.text()).to.equal('down');
  const ok = await fetch('/__test__/y?body=%5B%5D');
  expect(ok.status).to.equal(200);
});
