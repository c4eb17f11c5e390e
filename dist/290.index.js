export const id = 290;
export const ids = [290];
export const modules = {80290:((t,e,s)=>{s.d(e,{f:()=>sha256Hex,sha256HexOfBytes:()=>sha256HexOfBytes});var o=s(45072);var r=s(76769);const sha256Hex=t=>(0,r.My)((0,o.sc)(Buffer.from(t,"utf8")));const n=32768;const sha256HexOfBytes=async t=>{if(t.byteLength<=n)return(0,r.My)((0,o.sc)(t));const{createHash:e}=await Promise.resolve().then(s.t.bind(s,77598,19));return e("sha256").update(t).digest("hex")}})};
