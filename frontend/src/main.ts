import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { router } from './router'
import './styles.css'

// Pinia first: the router's guard reads the auth store on the very first navigation.
createApp(App).use(createPinia()).use(i18n).use(router).mount('#app')
