use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
struct Count;
static N: AtomicUsize = AtomicUsize::new(0);
static B: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Count {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        N.fetch_add(1, Relaxed);
        B.fetch_add(l.size(), Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        N.fetch_add(1, Relaxed);
        B.fetch_add(n, Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}
#[global_allocator]
static A: Count = Count;
fn main() {
    let text = include_str!("../../../tests/bench/texts/inmail-en.txt");
    let e = verbindlich_core::Engine::default();
    let cx: verbindlich_core::Context = serde_json::from_str(
        r#"{"surface":"linkedin-inmail","recipient":{"full_name":"Anna Schmidt","company":"Contoso"}}"#,
    )
    .unwrap();
    drop(e.analyze(text, &cx));
    let (n0, b0) = (N.load(Relaxed), B.load(Relaxed));
    drop(e.analyze(text, &cx));
    println!("allocs {} bytes {}", N.load(Relaxed) - n0, B.load(Relaxed) - b0);
}
