/**
 * The baseline for the webhook figure: a bare node:http server that reads each request body
 * and answers with a fixed passive-reply XML of the same size as the real one. Prints its port.
 */
import http from 'node:http';

const reply =
  '<xml><ToUserName><![CDATA[bench-user]]></ToUserName><FromUserName><![CDATA[gh_bench]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[' +
  '安平县科学技术局2024年行政许可（本年处理决定数量）为6件。\n（来源：《安平县科学技术局2024年政府信息公开工作年度报告》二、主动公开政府信息情况）' +
  ']]></Content></xml>';

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8', 'content-length': Buffer.byteLength(reply) });
    response.end(reply);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
